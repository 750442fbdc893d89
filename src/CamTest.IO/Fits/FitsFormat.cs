namespace CamTest.IO.Fits;

/// <summary>FITS images and cubes, recognised by the mandatory first card <c>SIMPLE  =</c>.</summary>
public sealed class FitsFormat : IImageFormat
{
    public string Name => "FITS";

    public bool Matches(ReadOnlySpan<byte> header) => header.StartsWith("SIMPLE  ="u8);

    public IFrameSource Open(string path) => FitsFrameSource.Open(path);
}
