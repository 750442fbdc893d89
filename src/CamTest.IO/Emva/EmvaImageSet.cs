namespace CamTest.IO.Emva;

/// <summary>
/// One <c>b</c> or <c>d</c> line of an EMVA 1288 descriptor with the <c>i</c> lines that follow it.
/// </summary>
/// <param name="Exposure">
/// The exposure time exactly as the file gives it. The descriptor format states no unit; the emva1288 reference
/// package and EMVA reference set 001 use nanoseconds (40000.0 there is the 40 us shortest exposure), while set
/// 002's values (0..3960) look like microseconds. Consumers that need seconds must know the file's convention.
/// </param>
/// <param name="PhotonsPerPixel">Mean photons per pixel during the exposure (bright sets only; null for dark).</param>
/// <param name="ImagePaths">Full paths of the images, in file order (descriptor paths are relative to its folder).</param>
/// <param name="LineNumber">The 1-based line of the <c>b</c>/<c>d</c> command, for messages.</param>
public sealed record EmvaImageSet(
    EmvaIllumination Illumination,
    double Exposure,
    double? PhotonsPerPixel,
    IReadOnlyList<string> ImagePaths,
    int LineNumber)
{
    /// <summary>Two images: a temporal pair, whose difference gives the temporal noise (EMVA 1288 section 6).</summary>
    public bool IsTemporalPair => ImagePaths.Count == 2;

    /// <summary>More than two images at one exposure: a spatial set, averaged for DSNU/PRNU (EMVA 1288 section 8).</summary>
    public bool IsSpatialSet => ImagePaths.Count > 2;
}
