namespace CamTest.Core.Emva;

/// <summary>A spatial set the non-uniformity figures were measured on: its exposure, its photons (bright sets) and how
/// many frames were averaged.</summary>
public sealed record EmvaSpatialSetUsed(double ExposureS, double? PhotonsPerPixel, int Frames)
{
    public static EmvaSpatialSetUsed Of(ReducedSpatial set) => new(set.Set.ExposureS, set.Set.PhotonsPerPixel, set.Image.Frames);
}
