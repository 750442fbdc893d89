using Microsoft.Win32.SafeHandles;

namespace CamTest.IO.Writers;

/// <summary>
/// Writes frames back to back as headerless binary in host byte order, frame by frame, so a stack of any length
/// streams through. The file appears under its name only when <see cref="Complete"/> is called: until then it is
/// written beside it as NAME.partial, so a failed run never leaves a plausible-looking truncated stack.
/// </summary>
public sealed class RawStackWriter : IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly string _partialPath;
    private long _offset;
    private bool _completed;

    private RawStackWriter(string path, RawLayout layout, SafeFileHandle handle, string partialPath)
    {
        Path = path;
        Layout = layout;
        _handle = handle;
        _partialPath = partialPath;
    }

    public string Path { get; }

    /// <summary>The layout to read the file back with (<c>--raw</c>).</summary>
    public RawLayout Layout { get; }

    public int FramesWritten { get; private set; }

    public long BytesPerFrame => (long)Layout.Width * Layout.Height * Layout.PixelType.BytesPerPixel();

    /// <summary>Starts a new stack at <paramref name="path"/>; an existing file there is left alone until <see cref="Complete"/>.</summary>
    public static RawStackWriter Create(string path, int width, int height, PixelType pixelType)
    {
        var layout = new RawLayout(width, height, pixelType, BigEndian: !BitConverter.IsLittleEndian);
        string partial = path + ".partial";
        SafeFileHandle handle = File.OpenHandle(partial, FileMode.Create, FileAccess.Write, FileShare.None);
        return new RawStackWriter(path, layout, handle, partial);
    }

    /// <summary>Appends one frame of <see cref="Layout"/>'s pixel type in host byte order.</summary>
    public void WriteFrame(ReadOnlySpan<byte> frame)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        if (frame.Length != BytesPerFrame)
        {
            throw new ArgumentException($"a frame is {BytesPerFrame} bytes, not {frame.Length}", nameof(frame));
        }

        RandomAccess.Write(_handle, frame, _offset);
        _offset += frame.Length;
        FramesWritten++;
    }

    /// <summary>Closes the file and gives it its final name.</summary>
    public void Complete()
    {
        _handle.Dispose();
        File.Move(_partialPath, Path, overwrite: true);
        _completed = true;
    }

    /// <summary>Without <see cref="Complete"/>, discards the partial file.</summary>
    public void Dispose()
    {
        _handle.Dispose();
        if (!_completed && File.Exists(_partialPath))
        {
            File.Delete(_partialPath);
        }

        _completed = true;
    }
}
