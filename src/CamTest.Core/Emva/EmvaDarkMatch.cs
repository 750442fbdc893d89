using CamTest.Core.Diagnostics;
using CamTest.Core.Fitting;
using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// The dark signal under each bright point. EMVA 1288 takes a dark pair at every exposure; acquisitions that took a
/// separate dark series instead get the dark mean and variance at the bright exposure from straight lines through the
/// dark points (dark signal grows linearly with exposure), with the line's prediction error. With a single dark
/// exposure (an illumination sweep at one exposure) that dark serves every point.
/// </summary>
public sealed class EmvaDarkMatch
{
    private readonly IReadOnlyList<EmvaLevel> _darks;
    private readonly LineFit? _meanLine;
    private readonly LineFit? _varianceLine;

    public EmvaDarkMatch(IReadOnlyList<EmvaLevel> darks)
    {
        if (darks.Count == 0)
        {
            throw new ArgumentException("a dark match needs at least one dark point", nameof(darks));
        }

        _darks = darks;
        if (darks.Select(d => d.ExposureS).Distinct().Count() >= 2)
        {
            double[] t = [.. darks.Select(d => d.ExposureS)];
            _meanLine = Line(t, darks.Select(d => d.Mean));
            _varianceLine = Line(t, darks.Select(d => d.Variance));
        }
    }

    /// <summary>The dark at <paramref name="exposureS"/>: the dark point taken there, or the dark series' prediction.</summary>
    public EmvaDarkLevel At(double exposureS)
    {
        EmvaLevel? same = _darks.FirstOrDefault(d => SameExposure(d.ExposureS, exposureS));
        if (same is not null)
        {
            return new EmvaDarkLevel(same.Mean, same.Variance, false);
        }

        if (_meanLine is null || _varianceLine is null)
        {
            return new EmvaDarkLevel(_darks[0].Mean, _darks[0].Variance, true);
        }

        return new EmvaDarkLevel(_meanLine.PredictAt(exposureS, Unit.Adu), _varianceLine.PredictAt(exposureS, Unit.Adu2), true);
    }

    /// <summary>
    /// <see cref="EmvaDiagnostics.DarkFitErrorsUnknown"/> when a dark point of unknown error left the dark series' lines,
    /// and so the darks they give, without errors (the rule the session stages follow, <see cref="UnknownFitErrors"/>);
    /// none when every error is known or no line was fitted. The analysis asks only when a bright point used a line.
    /// </summary>
    public IReadOnlyList<Diagnostic> FitErrorsUnknown() =>
        [.. new[] { (_meanLine, "mean"), (_varianceLine, "variance") }.SelectMany(l => UnknownFitErrors.Check(
            l.Item1, EmvaDiagnostics.DarkFitErrorsUnknown, "emva", $"dark {l.Item2} against exposure", $"interpolated dark {l.Item2}", $"the interpolated dark {l.Item2} itself is taken off"))];

    /// <summary>Exposures written the same way in a descriptor are equal; a relative 1e-9 absorbs unit conversion.</summary>
    public static bool SameExposure(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>Weighted by the points' own errors (absolute weights: scatter beyond them widens the line's error).</summary>
    private static LineFit Line(double[] t, IEnumerable<Quantity> values)
    {
        Quantity[] v = [.. values];
        return LinearRegression.FitWithErrors(t, [.. v.Select(q => q.Value)], [.. v.Select(q => q.StdErr ?? double.NaN)]);
    }
}
