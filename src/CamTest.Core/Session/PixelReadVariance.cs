namespace CamTest.Core.Session;

/// <summary>Each pixel's read variance, ADU^2 (null when too few bias frames give it), and the frames it was
/// estimated from (unlimited for a calibration map).</summary>
public sealed record PixelReadVariance(double[]? Map, long Frames);
