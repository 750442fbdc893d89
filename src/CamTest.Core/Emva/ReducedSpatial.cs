using CamTest.Core.Analysis;

namespace CamTest.Core.Emva;

/// <summary>A spatial set read: its averaged image with each pixel's temporal variance, and its top-code count.</summary>
public sealed record ReducedSpatial(EmvaSet Set, AveragedImage Image, int Width, int Height, long TopCodePixels, long PixelsRead)
{
    public double TopCodeFraction => PixelsRead == 0 ? 0 : TopCodePixels / (double)PixelsRead;
}
