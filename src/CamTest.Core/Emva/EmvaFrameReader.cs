using CamTest.IO;

namespace CamTest.Core.Emva;

/// <summary>
/// Reads whole frames of an EMVA 1288 measurement, keeping the last file open (a session stack gives many frames
/// from one file; a descriptor one frame per file). Every image is checked against the measurement's shape, and a
/// mismatch names the file: the standard's statistics compare frames pixel by pixel.
/// </summary>
internal sealed class EmvaFrameReader(FrameShape shape, string source) : IDisposable
{
    private IFrameSource? _open;

    public void Read(EmvaFrame frame, Span<byte> destination)
    {
        IFrameSource file = Open(frame.Path);
        StackInfo info = file.Info;
        if (frame.Index >= info.FrameCount)
        {
            throw new InvalidInputException(frame.Path, $"holds {info.FrameCount} frame(s); {source} asks for frame {frame.Index + 1}");
        }

        file.ReadRows(frame.Index, 0, info.Height, destination);
    }

    public void Dispose() => _open?.Dispose();

    private IFrameSource Open(string path)
    {
        if (_open is not null && _open.Info.Path == path)
        {
            return _open;
        }

        _open?.Dispose();
        _open = null;
        IFrameSource opened = ImageFile.Open(path);
        StackInfo info = opened.Info;
        if (info.Width != shape.Width || info.Height != shape.Height || info.PixelType != shape.Type)
        {
            opened.Dispose();
            throw new InvalidInputException(
                path,
                $"is {info.Width} x {info.Height} {info.PixelType}, but the measurement ({source}) is {shape.Width} x {shape.Height} {shape.Type}; every image must be alike");
        }

        _open = opened;
        return opened;
    }
}
