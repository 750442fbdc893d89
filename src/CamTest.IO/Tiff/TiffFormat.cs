namespace CamTest.IO.Tiff;

/// <summary>
/// TIFF and BigTIFF in either byte order, including the ImageJ, OME-TIFF and Micro-Manager flavours, which are
/// told apart by their metadata once the file is open.
/// </summary>
public sealed class TiffFormat : IImageFormat
{
    public string Name => "TIFF";

    public bool Matches(ReadOnlySpan<byte> header) =>
        header.Length >= 4 &&
        ((header[0] == 'I' && header[1] == 'I' && header[3] == 0 && header[2] is 42 or 43) ||
         (header[0] == 'M' && header[1] == 'M' && header[2] == 0 && header[3] is 42 or 43));

    public IFrameSource Open(string path) => TiffOpener.Open(path);
}
