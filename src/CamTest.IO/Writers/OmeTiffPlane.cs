namespace CamTest.IO.Writers;

/// <summary>
/// What the writer records about one frame: the OME Plane's exposure and time since the acquisition started, and the
/// Micro-Manager style per-frame JSON (tag 51123). Times in milliseconds.
/// </summary>
/// <param name="HardwareTimestampNs">Camera clock at the beginning of the frame, written as Micro-Manager's PVCAM key
/// <c>PVCAM-FMD-TimestampBofNs</c>; null leaves it out.</param>
/// <param name="ExposureMs">Null when unknown (a stack derived from headerless data): then no exposure is written.</param>
public sealed record OmeTiffPlane(double? ExposureMs, double ElapsedMs, long? HardwareTimestampNs = null);
