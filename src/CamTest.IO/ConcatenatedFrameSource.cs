namespace CamTest.IO;

/// <summary>
/// Several files read as one frame sequence (a session entry's files: multi-page stacks or single frames). Every
/// part must have the frame size and pixel type of the first; a mismatch names the file that breaks the run.
/// Image sequences run to thousands of single-frame files, beyond the open-file limit of many systems (256 on macOS),
/// so at most <see cref="MaxOpenParts"/> parts stay open; others are closed and reopened when their frames are read.
/// </summary>
public sealed class ConcatenatedFrameSource : IFrameSource
{
    /// <summary>Parts kept open at once (least recently used closed first).</summary>
    public const int MaxOpenParts = 4;

    private readonly string[] _paths;
    private readonly StackInfo[] _partInfos;
    private readonly RawLayout? _rawLayout;
    private readonly IFrameSource?[] _open;
    private readonly int[] _leases;
    private readonly long[] _lastUse;
    private readonly int[] _firstFrame;
    private readonly Lock _gate = new();
    private long _clock;
    private bool _disposed;

    private ConcatenatedFrameSource(string[] paths, StackInfo[] partInfos, RawLayout? rawLayout, IFrameSource?[] open, StackInfo info, int[] firstFrame)
    {
        _paths = paths;
        _partInfos = partInfos;
        _rawLayout = rawLayout;
        _open = open;
        _leases = new int[paths.Length];
        _lastUse = new long[paths.Length];
        _firstFrame = firstFrame;
        Info = info;
    }

    public StackInfo Info { get; }

    /// <summary>Parts open now (for tests of the pool's bound).</summary>
    internal int OpenParts
    {
        get
        {
            lock (_gate)
            {
                return _open.Count(p => p is not null);
            }
        }
    }

    /// <summary>
    /// Opens (and so validates) every file in order, keeping the first <see cref="MaxOpenParts"/> open; on any failure
    /// the files still open are closed again.
    /// </summary>
    public static IFrameSource Open(IReadOnlyList<string> paths, RawLayout? rawLayout = null)
    {
        if (paths.Count == 0)
        {
            throw new ArgumentException("no files to open", nameof(paths));
        }

        if (paths.Count == 1)
        {
            return ImageFile.Open(paths[0], rawLayout);
        }

        var open = new IFrameSource?[paths.Count];
        var infos = new StackInfo[paths.Count];
        try
        {
            for (int i = 0; i < paths.Count; i++)
            {
                IFrameSource part = ImageFile.Open(paths[i], rawLayout);
                infos[i] = part.Info;
                if (i < MaxOpenParts)
                {
                    open[i] = part;
                }
                else
                {
                    part.Dispose();
                }
            }

            return Combine([.. paths], rawLayout, open, infos);
        }
        catch
        {
            Array.ForEach(open, p => p?.Dispose());
            throw;
        }
    }

    private static ConcatenatedFrameSource Combine(string[] paths, RawLayout? rawLayout, IFrameSource?[] open, StackInfo[] infos)
    {
        StackInfo first = infos[0];
        var firstFrame = new int[infos.Length];
        long total = 0;
        for (int i = 0; i < infos.Length; i++)
        {
            StackInfo info = infos[i];
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

        var frames = infos.SelectMany(p => p.Frames.Count == p.FrameCount
            ? p.Frames
            : Enumerable.Repeat(FrameMetadata.Empty with { ExposureMs = p.ExposureMs }, p.FrameCount)).ToList();
        var exposures = infos.Select(p => p.ExposureMs).Distinct().ToList();
        StackInfo combined = first with
        {
            Path = string.Join(", ", infos.Select(p => p.Path)),
            FrameCount = (int)total,
            Frames = frames.Any(f => f != FrameMetadata.Empty) ? frames : [],
            ExposureMs = exposures.Count == 1 ? exposures[0] : null,
            BitDepth = infos.Max(p => p.BitDepth),
        };
        return new ConcatenatedFrameSource(paths, infos, rawLayout, open, combined, firstFrame);
    }

    public void ReadRows(int frame, int firstRow, int rowCount, Span<byte> destination)
    {
        FrameBounds.Check(Info, frame, firstRow, rowCount, destination.Length);
        int part = Array.BinarySearch(_firstFrame, frame);
        if (part < 0)
        {
            part = ~part - 1;
        }

        IFrameSource source = Lease(part);
        try
        {
            source.ReadRows(frame - _firstFrame[part], firstRow, rowCount, destination);
        }
        finally
        {
            lock (_gate)
            {
                _leases[part]--;
            }
        }
    }

    /// <summary>The part, opened again if it was closed, held open until its lease is returned.</summary>
    private IFrameSource Lease(int part)
    {
        lock (_gate)
        {
            if (_open[part] is { } source)
            {
                return Take(part, source);
            }
        }

        // Opening reads and validates the file, so it runs outside the lock and reads of other parts go on meanwhile.
        IFrameSource opened = Reopen(part);
        IFrameSource? loser = opened;
        IFrameSource? leased = null;
        lock (_gate)
        {
            if (!_disposed)
            {
                if (_open[part] is null)
                {
                    CloseLeastRecentlyUsed();
                    _open[part] = opened;
                    loser = null;
                }

                leased = Take(part, _open[part]!);
            }
        }

        // Another reader reopened the same part first (or the whole source was disposed meanwhile): close this copy.
        loser?.Dispose();
        return leased ?? throw new ObjectDisposedException(nameof(ConcatenatedFrameSource));
    }

    private IFrameSource Take(int part, IFrameSource source)
    {
        _leases[part]++;
        _lastUse[part] = ++_clock;
        return source;
    }

    /// <summary>
    /// Opens a closed part again. It was validated when the sequence was opened, and its frames are indexed by the
    /// shape it had then; a file changed since (rewritten, truncated) is the user's to hear, not a bounds error.
    /// </summary>
    private IFrameSource Reopen(int part)
    {
        StackInfo was = _partInfos[part];
        IFrameSource opened = ImageFile.Open(_paths[part], _rawLayout);
        StackInfo now = opened.Info;
        if (now.Width != was.Width || now.Height != was.Height || now.PixelType != was.PixelType || now.FrameCount != was.FrameCount)
        {
            opened.Dispose();
            throw new InvalidInputException(
                _paths[part],
                $"changed since it was opened: now {now.FrameCount} frames of {now.Width}x{now.Height} {now.PixelType}, then {was.FrameCount} frames of {was.Width}x{was.Height} {was.PixelType}");
        }

        return opened;
    }

    /// <summary>With the pool full, closes the open part used longest ago that no read is using.</summary>
    private void CloseLeastRecentlyUsed()
    {
        int openCount = 0, victim = -1;
        for (int i = 0; i < _open.Length; i++)
        {
            if (_open[i] is null)
            {
                continue;
            }

            openCount++;
            if (_leases[i] == 0 && (victim < 0 || _lastUse[i] < _lastUse[victim]))
            {
                victim = i;
            }
        }

        if (openCount >= MaxOpenParts && victim >= 0)
        {
            _open[victim]!.Dispose();
            _open[victim] = null;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            for (int i = 0; i < _open.Length; i++)
            {
                _open[i]?.Dispose();
                _open[i] = null;
            }
        }
    }
}
