namespace CamTest.IO.Tiff;

/// <summary>
/// Builds the <see cref="StackInfo"/> of a TIFF from whichever metadata it carries, richest first:
/// Micro-Manager (header summary and per-image JSON), OME-XML, ImageJ description, plain TIFF.
/// </summary>
internal static class TiffStackInfo
{
    public static StackInfo Create(
        TiffFile file, TiffDirectory first, TiffPageLayout layout, int frameCount, string? description, string? firstMm, List<FrameMetadata> mmFrames)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<FrameMetadata> frames = [];
        double? exposure = null;
        int? bitDepth = null;
        string format = "TIFF";

        bool imageJ = ImageJDescription.IsImageJ(description);
        string? ijSummary = null;
        if (imageJ)
        {
            format = "ImageJ TIFF";
            foreach (KeyValuePair<string, string> p in ImageJDescription.Parse(description!).Properties())
            {
                properties[p.Key] = p.Value;
            }

            ijSummary = ImageJInfo.MicroManagerSummary(ImageJInfo.Read(first, file));
        }

        // Micro-Manager's own metadata is richer than the OME-XML it also writes, and its OME-XML spans every file of
        // a multi-file acquisition, so a Micro-Manager file is read as one stack without consulting it.
        string? headerSummary = MicroManagerMetadata.ReadHeaderSummary(file);
        bool microManager = headerSummary is not null || firstMm is not null;
        if (!microManager && OmeMetadata.IsOme(description))
        {
            format = "OME-TIFF";
            OmeMetadata ome = OmeMetadata.Parse(file, description!, layout, frameCount);
            frames = ome.Frames;
            exposure = ome.ExposureMs;
            bitDepth = ome.SignificantBits;
            foreach (KeyValuePair<string, string> p in ome.Properties)
            {
                properties[p.Key] = p.Value;
            }
        }

        if (microManager)
        {
            format = "Micro-Manager TIFF";
        }

        if (microManager || ijSummary is not null)
        {
            (int? mmBitDepth, double? summaryExposure) = MicroManagerMetadata.Describe(headerSummary ?? ijSummary, firstMm, properties);
            bitDepth = mmBitDepth ?? bitDepth;
            if (mmFrames.Count == frameCount && mmFrames.Any(f => f != FrameMetadata.Empty))
            {
                frames = mmFrames;
            }

            exposure = summaryExposure ?? exposure;
        }

        if (exposure is null && frames.Count > 0)
        {
            double?[] distinct = [.. frames.Select(f => f.ExposureMs).Distinct()];
            exposure = distinct.Length == 1 ? distinct[0] : null;
        }

        return new StackInfo
        {
            Path = file.Path,
            Format = file.BigTiff ? (format == "TIFF" ? "BigTIFF" : $"{format} (BigTIFF)") : format,
            Width = layout.Width,
            Height = layout.Height,
            FrameCount = frameCount,
            PixelType = layout.PixelType,
            BitDepth = bitDepth ?? (layout.BytesPerPixel * 8),
            ExposureMs = exposure,
            Frames = frames,
            Properties = properties,
        };
    }
}
