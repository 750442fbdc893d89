namespace CamTest.IO;

/// <summary>One file format that <see cref="ImageFile.Open"/> can recognise from the file's first bytes.</summary>
public interface IImageFormat
{
    /// <summary>Short name for messages ("TIFF", "FITS", "PNG").</summary>
    string Name { get; }

    /// <summary>True when <paramref name="header"/> (the file's first up to 64 bytes) is this format's signature.</summary>
    bool Matches(ReadOnlySpan<byte> header);

    /// <summary>Opens and validates the file; throws <see cref="InvalidInputException"/> when it is malformed.</summary>
    IFrameSource Open(string path);
}
