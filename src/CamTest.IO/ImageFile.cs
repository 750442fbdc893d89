namespace CamTest.IO;

/// <summary>
/// The one entry point for reading image stacks: recognises the format from the file's signature (not its name)
/// and returns a streaming <see cref="IFrameSource"/>.
/// </summary>
public static class ImageFile
{
    /// <summary>Formats recognised by signature, in the order they are tried.</summary>
    public static IReadOnlyList<IImageFormat> Formats { get; } =
    [
        new Tiff.TiffFormat(),
        new Fits.FitsFormat(),
        new Png.PngFormat(),
    ];

    /// <summary>
    /// Opens <paramref name="path"/>. With <paramref name="rawLayout"/> the file is read as headerless binary
    /// in that layout; otherwise the format is recognised from its signature.
    /// </summary>
    public static IFrameSource Open(string path, RawLayout? rawLayout = null)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException(path, Directory.Exists(path) ? "is a folder, not an image file" : "file not found");
        }

        try
        {
            return OpenFound(path, rawLayout);
        }
        catch (Exception ex) when (InputFile.IsReadFailure(ex))
        {
            // Found a moment ago, yet unreadable: no permission, deleted or replaced since, or a disk error.
            throw InputFile.CannotRead(path, ex);
        }
    }

    private static IFrameSource OpenFound(string path, RawLayout? rawLayout)
    {
        long length = new FileInfo(path).Length;
        if (length == 0)
        {
            throw new InvalidInputException(path, "file is empty");
        }

        if (rawLayout is not null)
        {
            FrameSizeLimit.Check(path, rawLayout.Width, rawLayout.Height, rawLayout.PixelType);
            return RawFrameSource.Open(path, rawLayout);
        }

        Span<byte> header = stackalloc byte[64];
        int read;
        using (FileStream stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        foreach (IImageFormat format in Formats)
        {
            if (format.Matches(header[..read]))
            {
                return WithinFrameSizeLimit(path, format.Open(path));
            }
        }

        throw new InvalidInputException(
            path,
            "not a recognised image format (TIFF, BigTIFF, FITS or PNG); for headerless binary give the raw layout");
    }

    /// <summary>The source, or (closed again) a refusal when its frames are too large to buffer.</summary>
    private static IFrameSource WithinFrameSizeLimit(string path, IFrameSource source)
    {
        try
        {
            StackInfo info = source.Info;
            FrameSizeLimit.Check(path, info.Width, info.Height, info.PixelType);
            return source;
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }
}
