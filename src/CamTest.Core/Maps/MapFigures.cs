using CamTest.Core.Results;

namespace CamTest.Core.Maps;

/// <summary>
/// results.json of <c>camtest maps</c>, section "maps": each per-pixel map's median over the sensor (its summary,
/// <see cref="MapSummary"/>, also holds percentiles and a histogram in the same unit). The summary, the console line
/// and the TIFF descriptions read the unit from here.
/// </summary>
[FigureCatalog]
public static class MapFigures
{
    public static readonly FigureDeclaration Offset = new("maps.offset.median", "Offset (median pixel)", "o", Unit.Adu,
        "Each pixel's mean over the dark frames; the median over the finite pixels, its standard error in medianStdErr.")
    {
        Kind = FigureKind.Number,
    };

    public static readonly FigureDeclaration Variance = new("maps.variance.median", "Dark variance (median pixel)", "var", Unit.Adu2,
        "Each pixel's sample variance (N − 1) over the dark frames; the median over the finite pixels, its standard error in medianStdErr.")
    {
        Kind = FigureKind.Number,
    };

    /// <summary>ADU per electron, the convention of Huang et al. 2013 (sCMOS maps), the inverse of CamTest's system gain.</summary>
    public static readonly FigureDeclaration Gain = new("maps.gain.median", "Gain (median pixel)", "g", Unit.AduPerElectron,
        "Each pixel's slope of flat variance on flat signal, both less the dark, through the origin (Huang et al. 2013); the median over the finite pixels.")
    {
        Kind = FigureKind.Number,
    };

    public static readonly FigureDeclaration ReadNoise = new("maps.readNoise.median", "Read noise (median pixel)", "σ", Unit.Electron,
        "Each pixel's √(dark variance) / gain, rms electrons (not finite where the gain is not positive); the median over the finite pixels.")
    {
        Kind = FigureKind.Number,
    };
}
