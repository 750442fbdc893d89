namespace CamTest.IO.Png;

/// <summary>Greyscale PNG (1-16 bit), recognised by the 8-byte PNG signature.</summary>
public sealed class PngFormat : IImageFormat
{
    public string Name => "PNG";

    public bool Matches(ReadOnlySpan<byte> header) => header.StartsWith(PngStructureReader.SignatureBytes);

    public IFrameSource Open(string path) => PngFrameSource.Open(path);
}
