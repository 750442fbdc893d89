using CamTest.Core.Diagnostics;
using System.Globalization;
using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// DSNU and PRNU of EMVA 1288 from the averaged dark and bright spatial sets: DSNU = s_y.dark / K (e-), and
/// PRNU = sqrt(s_y^2 - s_y.dark^2) / (mu_y - mu_y.dark) in percent, for the total, the column, row and pixel parts,
/// and the highpassed total. A variance at or below zero (the pattern lost in the temporal noise left after averaging)
/// gives no figure and a note with the measured variance, never the square root of a negative number.
/// </summary>
public static class EmvaNonUniformity
{
    /// <param name="dark">The dark spatial variances.</param>
    /// <param name="darkHighPass">The dark highpassed variance, or null.</param>
    public static Diagnosed<EmvaDsnu> Dsnu(EmvaSpatialVariance dark, Quantity? darkHighPass, Quantity k)
    {
        var raised = new RaisedDiagnostics();
        Quantity? Part(Quantity? variance, string part, string key) => raised.Keep(Root(variance, "DSNU", part, $"dsnuSplit.{key}")) is { } root ? root / k : null;
        var split = new EmvaPatternParts(
            Part(dark.Total, "total", "total"), Part(dark.Column, "column part", "column"), Part(dark.Row, "row part", "row"),
            Part(dark.Pixel, "pixel part", "pixel"), Part(darkHighPass, "highpassed total", "highPass"));
        return raised.With(new EmvaDsnu(split, dark.Total.Value > 0 ? dark.Total.Sqrt() : null));
    }

    /// <param name="dark">The dark spatial variances at the bright set's exposure, or null (then none is taken off).</param>
    /// <param name="darkMean">The dark mean at the bright set's exposure, ADU.</param>
    public static Diagnosed<EmvaPatternParts> Prnu(
        EmvaSpatialVariance bright, Quantity? brightHighPass, EmvaSpatialVariance? dark, Quantity? darkHighPass, Quantity darkMean)
    {
        var raised = new RaisedDiagnostics();
        Quantity signal = bright.Mean - darkMean;
        Quantity Zero() => Quantity.Exact(0, Unit.Adu2);
        Quantity? Part(Quantity? b, Quantity? d, string part, string key) =>
            b is null ? null : raised.Keep(Root(b - (d ?? Zero()), "PRNU", part, $"prnuSplit.{key}")) is { } root ? (root / signal).In(Unit.Percent) : null;
        return raised.With(new EmvaPatternParts(
            Part(bright.Total, dark?.Total, "total", "total"),
            Part(bright.Column, dark?.Column, "column part", "column"),
            Part(bright.Row, dark?.Row, "row part", "row"),
            Part(bright.Pixel, dark?.Pixel, "pixel part", "pixel"),
            Part(brightHighPass, darkHighPass, "highpassed total", "highPass")));
    }

    /// <param name="key">The part's key under results.json's <c>emva</c> (e.g. "dsnuSplit.column"): the section of the note.</param>
    private static Diagnosed<Quantity?> Root(Quantity? variance, string figure, string part, string key)
    {
        if (variance is null)
        {
            return new(null, []);
        }

        if (variance.Value > 0)
        {
            return new(variance.Sqrt(), []);
        }

        string error = variance.StdErr is double s ? s.ToString("G2", CultureInfo.InvariantCulture) : "unknown";
        return new(null, [EmvaDiagnostics.FigureNotResolved(key, $"{figure} {part} not resolved: its spatial variance is {variance.Value.ToString("G3", CultureInfo.InvariantCulture)} ± {error} DN² after the temporal noise is taken off, "
            + "so this pattern is below what the averaged frames resolve (more frames in the spatial set would lower the limit)")]);
    }
}
