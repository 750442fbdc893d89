using CamTest.IO;
using CamTest.IO.Writers;

namespace CamTest.Cli.Commands;

/// <summary>
/// The file <c>camtest bin</c> writes, chosen by the --out name: NAME.tif / NAME.tiff (OME-TIFF, which CamTest,
/// tifffile and ImageJ open, with the binning in its metadata) or NAME.raw (headerless, read back with --raw).
/// </summary>
public sealed record BinnedStackFormat(string Name)
{
    public static readonly BinnedStackFormat OmeTiff = new("ome-tiff");
    public static readonly BinnedStackFormat Raw = new("raw");

    public bool IsRaw => this == Raw;

    /// <summary>The format a name asks for; any other extension is a usage error rather than a guess.</summary>
    public static BinnedStackFormat FromName(string path)
    {
        string extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".tif" or ".tiff" => OmeTiff,
            ".raw" => Raw,
            _ => throw new UsageException($"--out {path}: name a .tif file (OME-TIFF) or a .raw file (headerless binary)"),
        };
    }

    public IBinnedStackWriter Create(string path, BinnedFrames stack) => IsRaw ? new RawWriter(path, stack) : new TiffWriter(path, stack);

    private sealed class RawWriter(string path, BinnedFrames stack) : IBinnedStackWriter
    {
        private readonly RawStackWriter _writer = RawStackWriter.Create(path, stack.Width, stack.Height, stack.PixelType);

        public void WriteFrame(ReadOnlySpan<byte> frame) => _writer.WriteFrame(frame);

        public void Complete() => _writer.Complete();

        public void Dispose() => _writer.Dispose();
    }

    private sealed class TiffWriter(string path, BinnedFrames stack) : IBinnedStackWriter
    {
        private readonly OmeTiffWriter _writer = OmeTiffWriter.Create(path, new OmeTiffSeries
        {
            Width = stack.Width,
            Height = stack.Height,
            PixelType = stack.PixelType,
            BitDepth = 8 * stack.PixelType.BytesPerPixel(),
            Binning = stack.Factor,
            ImageName = Path.GetFileName(path),
            Description = stack.Description,
            CameraName = stack.Source.Properties.TryGetValue("Camera", out string? camera) ? camera : "Camera",
            Planes = [.. Enumerable.Range(0, stack.Frames).Select(i => Plane(stack.Source, i))],
        });

        public void WriteFrame(ReadOnlySpan<byte> frame) => _writer.WriteFrame(frame);

        public void Complete() => _writer.Complete();

        public void Dispose() => _writer.Dispose();

        /// <summary>The source frame's exposure and time where its metadata had them; an unknown exposure is left out.</summary>
        private static OmeTiffPlane Plane(StackInfo source, int frame)
        {
            FrameMetadata meta = frame < source.Frames.Count ? source.Frames[frame] : FrameMetadata.Empty;
            return new OmeTiffPlane(meta.ExposureMs ?? source.ExposureMs, meta.ElapsedMs ?? 0);
        }
    }
}
