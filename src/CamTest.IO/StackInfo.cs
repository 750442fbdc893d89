namespace CamTest.IO;

/// <summary>
/// The shape and metadata of a frame stack, known as soon as a file is opened and before any pixel is read.
/// </summary>
public sealed record StackInfo
{
    /// <summary>The file as the user named it.</summary>
    public required string Path { get; init; }

    /// <summary>A human-readable format name such as "TIFF", "BigTIFF", "OME-TIFF", "ImageJ TIFF", "FITS", "PNG", "raw".</summary>
    public required string Format { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }

    public required int FrameCount { get; init; }

    public required PixelType PixelType { get; init; }

    /// <summary>
    /// Significant bits per pixel: the camera's ADC depth when the metadata states it (Micro-Manager BitDepth,
    /// EMVA descriptor), otherwise the storage depth.
    /// </summary>
    public required int BitDepth { get; init; }

    /// <summary>Exposure common to the stack, when the file states one.</summary>
    public double? ExposureMs { get; init; }

    /// <summary>Per-frame metadata, one entry per frame, or empty when the file holds none.</summary>
    public IReadOnlyList<FrameMetadata> Frames { get; init; } = [];

    /// <summary>Other named facts from the file (camera name, sensor temperature, FITS keywords, ...).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    public int BytesPerPixel => PixelType.BytesPerPixel();

    public long PixelsPerFrame => (long)Width * Height;

    public long BytesPerFrame => PixelsPerFrame * BytesPerPixel;
}
