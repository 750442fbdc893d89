using CamTest.Core.Diagnostics;
using System.Globalization;
using CamTest.Core.Fitting;
using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// The responsivity R (DN/photon): the slope, through the origin, of mu_y - mu_y.dark against the photons per pixel
/// mu_p over the same points as K; and the quantum efficiency eta = R / K (e- per photon). Photon counts come from the
/// user's light calibration, whose uncertainty the images cannot know: they enter as exact, and the errors here are
/// those of the measurement alone.
/// </summary>
public static class EmvaResponsivity
{
    /// <summary>Quantum efficiencies outside this range cannot be true for a camera: the photon counts are wrong.</summary>
    public const double LeastPlausibleQe = 0.01, MostPlausibleQe = 1.0;

    public static EmvaResponsivityFit Fit(IReadOnlyList<EmvaPoint> points, EmvaPointRange range, Quantity k)
    {
        EmvaPoint[] used = [.. EmvaSystemGainFit.Take(points, range)];
        LineFit line = LinearRegression.FitThroughOrigin([.. used.Select(p => p.PhotonsPerPixel!.Value)], [.. used.Select(p => p.Signal.Value)]);
        Quantity r = line.SlopeIn(Unit.Adu / Unit.Photon);
        return new(r, r / k);
    }

    /// <summary>
    /// A warning naming the photon counts when eta is outside 1-100 %, with the power of ten that would bring it to a
    /// plausible value (a unit slip, photons per exposure vs per second, is the usual cause); null when plausible.
    /// </summary>
    public static Diagnostic? Plausibility(Quantity eta, string source, IReadOnlyList<EmvaPoint> points)
    {
        double qe = eta.Value;
        if (qe >= LeastPlausibleQe && qe <= MostPlausibleQe)
        {
            return null;
        }

        string origins = string.Join(", ", points.SelectMany(p => p.Bright.Origins).Take(3)) + (points.Count > 3 ? ", ..." : string.Empty);
        string percent = Readable(100 * qe);
        string cause = qe < LeastPlausibleQe
            ? "below 1 %: the photon counts are too large for the signal"
            : "above 100 %: the camera cannot give more electrons than photons arrive, so the photon counts are too small";
        double factor = qe > 0 ? Math.Pow(10, Math.Round(Math.Log10(0.5 / qe))) : double.NaN;
        string hint = double.IsFinite(factor) && factor != 1
            ? $" Counts {(factor > 1 ? "smaller" : "larger")} by {Readable(Math.Max(factor, 1 / factor))} would give {Readable(100 * qe * factor)} %: check their unit (photons per pixel during the exposure, not per second or per µm²)."
            : string.Empty;
        return EmvaDiagnostics.Note(EmvaDiagnostics.ImplausibleQuantumEfficiency, $"quantum efficiency {percent} % from the photon counts of {source} ({origins}) is {cause}; QE and every figure in photons are wrong by the same factor.{hint}");
    }

    /// <summary>Three significant digits without E notation (45200, 0.0452).</summary>
    private static string Readable(double value) =>
        Math.Abs(value) >= 1000 ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("G3", CultureInfo.InvariantCulture);
}
