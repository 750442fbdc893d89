namespace CamTest.IO;

/// <summary>
/// Several files read as one frame sequence (a session entry's files: multi-page stacks or single frames). Every
/// part must have the frame size and pixel type of the first; a mismatch names the file that breaks the run.
/// </summary>
public sealed class ConcatenatedFrameSource : IFrameSource
{
    private readonly IFrameSource[] _parts;
    private readonly int[] _firstFrame;

    private ConcatenatedFrameSource(IFrameSource[] parts, StackInfo info, int[] firstFrame)
    {
        _parts = parts;
        _firstFrame = firstFrame;
        Info = info;
    }

    public StackInfo Info { get; }

    /// <summary>Opens every file in order; on any failure the files already opened are closed again.</summary>
    public static IFrameSource Open(IReadOnlyList<string> paths, RawLayout? rawLayout = null)
    {
        if (paths.Count == 0)
        {
            throw new ArgumentException("no files to open", nameof(paths));
        }

        var parts = new List<IFrameSource>();
        try
        {
            foreach (string path in paths)
            {
                parts.Add(ImageFile.Open(path, rawLayout));
            }

            return parts.Count == 1 ? parts[0] : Combine([.. parts]);
        }
        catch
        {
            parts.ForEach(p => p.Dispose());
            throw;
        }
    }

    private static ConcatenatedFrameSource Combine(IFrameSource[] parts)
    {
        StackInfo first = parts[0].Info;
        var firstFrame = new int[parts.Length];
        long total = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            StackInfo info = parts[i].Info;
            if (info.Width != first.Width || info.Height != first.Height || info.PixelType != first.PixelType)
            {
                throw new InvalidInputException(
                    info.Path,
                    $"frames are {info.Width}x{info.Height} {info.PixelType}, but {first.Path} has {first.Width}x{first.Height} {first.PixelType}; one sequence needs one frame size and type");
            }

            firstFrame[i] = (int)total;
            total += info.FrameCount;
        }

        if (total > int.MaxValue)
        {
            throw new InvalidInputException(first.Path, $"the files together hold {total} frames, more than CamTest can index");
        }

        var frames = parts.SelectMany(p => p.Info.Frames.Count == p.Info.FrameCount
            ? p.Info.Frames
            : Enumerable.Repeat(FrameMetadata.Empty with { ExposureMs = p.Info.ExposureMs }, p.Info.FrameCount)).ToList();
        var exposures = parts.Select(p => p.Info.ExposureMs).Distinct().ToList();
        StackInfo combined = first with
        {
            Path = string.Join(", ", parts.Select(p => p.Info.Path)),
            FrameCount = (int)total,
            Frames = frames.Any(f => f != FrameMetadata.Empty) ? frames : [],
            ExposureMs = exposures.Count == 1 ? exposures[0] : null,
            BitDepth = parts.Max(p => p.Info.BitDepth),
        };
        return new ConcatenatedFrameSource(parts, combined, firstFrame);
    }

    public void ReadRows(int frame, int firstRow, int rowCount, Span<byte> destination)
    {
        FrameBounds.Check(Info, frame, firstRow, rowCount, destination.Length);
        int part = Array.BinarySearch(_firstFrame, frame);
        if (part < 0)
        {
            part = ~part - 1;
        }

        _parts[part].ReadRows(frame - _firstFrame[part], firstRow, rowCount, destination);
    }

    public void Dispose()
    {
        foreach (IFrameSource part in _parts)
        {
            part.Dispose();
        }
    }
}
