namespace CamTest.IO.Emva;

/// <summary>
/// An EMVA 1288 descriptor file as parsed by <see cref="EmvaDescriptorParser"/>: the sensor format and the bright
/// and dark image sets in file order. Parsing does not open the images.
/// </summary>
/// <param name="Path">The descriptor file.</param>
/// <param name="Version">The <c>v</c> line (EMVA 1288 release the measurement follows), or null when absent.</param>
/// <param name="Bits">ADC bits per pixel from the <c>n</c> line.</param>
/// <param name="Notices">Lines that were understood but ignored (unknown commands), each with its code, for the report.</param>
public sealed record EmvaDescriptor(
    string Path,
    string? Version,
    int Bits,
    int Width,
    int Height,
    IReadOnlyList<EmvaImageSet> Bright,
    IReadOnlyList<EmvaImageSet> Dark,
    IReadOnlyList<InputNotice> Notices)
{
    /// <summary>Bright temporal pairs (the photon transfer series), in file order.</summary>
    public IReadOnlyList<EmvaImageSet> BrightPairs => Bright.Where(s => s.IsTemporalPair).ToArray();

    /// <summary>Dark temporal pairs, in file order.</summary>
    public IReadOnlyList<EmvaImageSet> DarkPairs => Dark.Where(s => s.IsTemporalPair).ToArray();

    /// <summary>The bright spatial set (PRNU), or null when the file has none.</summary>
    public EmvaImageSet? BrightSpatial => Bright.FirstOrDefault(s => s.IsSpatialSet);

    /// <summary>The dark spatial set (DSNU), or null when the file has none.</summary>
    public EmvaImageSet? DarkSpatial => Dark.FirstOrDefault(s => s.IsSpatialSet);

    /// <summary>Every image the descriptor names, in file order.</summary>
    public IEnumerable<string> AllImagePaths => Bright.Concat(Dark).OrderBy(s => s.LineNumber).SelectMany(s => s.ImagePaths);
}
