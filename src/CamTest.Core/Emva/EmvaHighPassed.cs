namespace CamTest.Core.Emva;

/// <summary>An image after the EMVA 1288 R4 highpass (<see cref="EmvaHighPass.Filter"/>): its pixels, row-major, and
/// its size, smaller than the image's by the filter's margin at each edge (empty when the image is too small).</summary>
public sealed record EmvaHighPassed(double[] Pixels, int Width, int Height);
