namespace CamTest.IO;

/// <summary>
/// What a file says about one frame. Every field is optional: formats and acquisition software differ in
/// what they record. Times are in milliseconds.
/// </summary>
/// <param name="ExposureMs">Exposure of this frame (Micro-Manager <c>Exposure-ms</c>, OME <c>ExposureTime</c>, FITS <c>EXPTIME</c>).</param>
/// <param name="ElapsedMs">Software time since the start of the acquisition (Micro-Manager <c>ElapsedTime-ms</c>, OME <c>DeltaT</c>).</param>
/// <param name="HardwareTimestampMs">Camera-generated timestamp converted to milliseconds (e.g. PVCAM <c>TimeStampBOF</c>), when present.</param>
public sealed record FrameMetadata(double? ExposureMs, double? ElapsedMs, double? HardwareTimestampMs)
{
    public static readonly FrameMetadata Empty = new(null, null, null);
}
