using System.Globalization;
using System.Text.RegularExpressions;
using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.TestSupport;

namespace CamTest.Core.Tests.Analysis;

/// <summary>
/// The per-exposure integer sums the emva1288 reference implementation computes when it loads EMVA reference set
/// 001 (../shared/data/emva1288_refset001_ccd12bit_basler/emva1288_loaded_summary_for_refset001.txt). Per the
/// reference's data.py: mean = sum / (2 N), variance = pvar / (4 N), N = 640 x 480 pixels per frame.
/// </summary>
public static partial class EmvaReferenceSet001
{
    public const int Pixels = 640 * 480;

    /// <summary>A bright exposure as the protocol's photon transfer point, with what EMVA 1288 also needs: the
    /// irradiation and the matching dark pair's temporal variance.</summary>
    public sealed record BrightLevel(PhotonTransferPoint Point, double PhotonsPerPixel, double DarkVarianceAdu2);

    public static (IReadOnlyList<BrightLevel> Bright, IReadOnlyList<DarkLevel> Dark) Load()
    {
        string path = TestPaths.SharedData("emva1288_refset001_ccd12bit_basler", "emva1288_loaded_summary_for_refset001.txt");
        string text = File.ReadAllText(path);
        int temporal = text.IndexOf("'temporal'", StringComparison.Ordinal);
        int darkStart = text.IndexOf("'dark'", temporal, StringComparison.Ordinal);
        string bright = text[temporal..darkStart], dark = text[darkStart..];

        var darks = DarkPattern().Matches(dark).ToDictionary(
            m => Num(m.Groups[1].Value),
            m => (Pvar: Num(m.Groups[2].Value), Sum: Num(m.Groups[3].Value)));
        var points = new List<BrightLevel>();
        foreach (Match m in BrightPattern().Matches(bright))
        {
            double exposureNs = Num(m.Groups[1].Value);
            (double darkPvar, double darkSum) = darks[exposureNs];
            double variance = Num(m.Groups[3].Value) / (4.0 * Pixels);
            var point = new PhotonTransferPoint(
                ExposureMs: exposureNs / 1e6,
                Mean: Quantity.Exact(Num(m.Groups[4].Value) / (2.0 * Pixels), Unit.Adu),
                Variance: new Quantity(variance, Unit.Adu2, variance * Math.Sqrt(2.0 / (Pixels - 1))),
                Offset: Quantity.Exact(darkSum / (2.0 * Pixels), Unit.Adu),
                ClippedFraction: 0);
            points.Add(new BrightLevel(point, Num(m.Groups[2].Value), darkPvar / (4.0 * Pixels)));
        }

        List<DarkLevel> darkLevels = [.. darks.OrderBy(d => d.Key).Select(d => DarkLevel.Of(
            d.Key / 1e9, d.Value.Sum / (2.0 * Pixels), 1e-3, d.Value.Pvar / (4.0 * Pixels), 0.05))];
        return (points, darkLevels);
    }

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"([\d.]+): \{([\d.]+): \{'pvar': (\d+),\s*'sum': (\d+)\}\}")]
    private static partial Regex BrightPattern();

    [GeneratedRegex(@"([\d.]+): \{'pvar': (\d+), 'sum': (\d+)\}")]
    private static partial Regex DarkPattern();
}
