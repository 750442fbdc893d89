using CamTest.Core.Fitting;

namespace CamTest.Core.Diagnostics;

/// <summary>
/// A weighted fit with a level of unknown error cannot weight it, so the line's errors, and the figure's, are unknown
/// (<see cref="LineFit.HasUnknownPointErrors"/>): the figure is still given, and this says why it has no error. One rule
/// for every stage and check that fits with <see cref="LinearRegression.FitWithErrors"/>; the code names the area.
/// </summary>
public static class UnknownFitErrors
{
    /// <param name="fitName">What was fitted, as a reader knows it ("photon transfer").</param>
    /// <param name="figure">The figure whose error is lost ("gain").</param>
    /// <param name="consequence">What still stands, when it is not the figure itself (a check that judges by size alone).</param>
    /// <returns>The diagnostic of <paramref name="code"/> in <paramref name="section"/> when the fit had a point of
    /// unknown error; otherwise none.</returns>
    public static IReadOnlyList<Diagnostic> Check(LineFit? fit, DiagnosticCode code, string section, string fitName, string figure, string? consequence = null) =>
        fit is { HasUnknownPointErrors: true }
            ? [code.Raise($"{section}: a level of the {fitName} fit has an unknown error, so the fit cannot weight it: the line's errors, and the {figure}'s, are unknown ({consequence ?? $"the {figure} itself is given"})") with { Section = section }]
            : [];
}
