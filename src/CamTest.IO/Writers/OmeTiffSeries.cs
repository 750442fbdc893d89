namespace CamTest.IO.Writers;

/// <summary>
/// The shape and metadata of a stack to write as OME-TIFF (uint16 unless <see cref="PixelType"/> says otherwise). Every frame's plane metadata is known before the
/// first pixel is written, because OME-XML in the first IFD describes all planes; pixels then stream frame by frame.
/// </summary>
public sealed record OmeTiffSeries
{
    public required int Width { get; init; }

    public required int Height { get; init; }

    /// <summary>One entry per frame, in order; its count is the number of frames.</summary>
    public required IReadOnlyList<OmeTiffPlane> Planes { get; init; }

    /// <summary>The pixels' type; camtest bin writes its widened sums as uint32, int32 or float64.</summary>
    public PixelType PixelType { get; init; } = PixelType.UInt16;

    /// <summary>Significant bits (the ADC depth), recorded as OME SignificantBits and Micro-Manager BitDepth.</summary>
    public int BitDepth { get; init; } = 16;

    /// <summary>Name of the image (OME Image Name).</summary>
    public string ImageName { get; init; } = "stack";

    /// <summary>Camera label for Micro-Manager's "Camera" key.</summary>
    public string CameraName { get; init; } = "Camera";

    /// <summary>Binning for Micro-Manager's "Binning" key (and the OME Image Description when <see cref="Description"/> is set).</summary>
    public int Binning { get; init; } = 1;

    /// <summary>A sentence for the OME Image Description, e.g. how the stack was derived; null leaves it out.</summary>
    public string? Description { get; init; }

    /// <summary>Pixel size in micrometres (OME PhysicalSizeX/Y), when known.</summary>
    public double? PixelSizeUm { get; init; }

    /// <summary>When the stack was acquired (OME Image AcquisitionDate), when known.</summary>
    public DateTimeOffset? AcquisitionDate { get; init; }

    /// <summary>Write BigTIFF even when classic TIFF would do (the writer switches by itself above 4 GiB).</summary>
    public bool ForceBigTiff { get; init; }

    public int FrameCount => Planes.Count;

    public long BytesPerFrame => (long)Width * Height * PixelType.BytesPerPixel();
}
