using CamTest.Core.Analysis;
using CamTest.Core.Diagnostics;
using CamTest.Core.Emva;
using CamTest.Core.Results;

namespace CamTest.Core.Tests.Session;

/// <summary>
/// A weighted fit with one level of unknown error gives its figure without an error (LinearRegression.FitWithErrors);
/// the stages say so with a declared code in their section, and stay silent when every level's error is known.
/// </summary>
public class UnknownFitErrorsTests
{
    [Fact]
    public void A_photon_transfer_level_of_unknown_variance_error_raises_the_gain_code()
    {
        // var = S / g + read: a straight line, so only the unknown error can make the fit's errors unknown.
        const double g = 2.5, read = 4;
        double[] signals = [100.0, 400, 900, 1600, 2500];
        PhotonTransferResult known = PhotonTransferAnalysis.Analyze([.. signals.Select(s => Point(s, (s / g) + read, s * 0.005))]);
        PhotonTransferResult unknown = PhotonTransferAnalysis.Analyze([.. signals.Select(s => Point(s, (s / g) + read, s == 900 ? null : s * 0.005))]);

        Diagnostic raised = Assert.Single(GainCheck(unknown));
        Assert.Same(GainDiagnostics.FitErrorsUnknown, raised.Code);
        Assert.Equal("gain", raised.Section);
        Assert.Null(unknown.SystemGain.StdErr);
        Assert.Empty(GainCheck(known));
    }

    [Fact]
    public void A_dark_level_of_unknown_variance_error_raises_the_dark_current_code()
    {
        // Three exposures: the noise method fits variance against exposure, weighted by each variance's error.
        DarkLevel[] levels = [Dark(1, 10, 0.2), Dark(2, 12, null), Dark(4, 16, 0.3)];
        DarkLevel[] allKnown = [Dark(1, 10, 0.2), Dark(2, 12, 0.25), Dark(4, 16, 0.3)];
        DarkCurrentResult unknown = DarkCurrent.Analyze(levels, Quantity.Exact(100, Unit.Adu), Quantity.Exact(8, Unit.Adu2), null);
        DarkCurrentResult known = DarkCurrent.Analyze(allKnown, Quantity.Exact(100, Unit.Adu), Quantity.Exact(8, Unit.Adu2), null);

        Diagnostic raised = Assert.Single(DarkCheck(unknown));
        Assert.Same(DarkDiagnostics.FitErrorsUnknown, raised.Code);
        Assert.Equal("darkCurrent", raised.Section);
        Assert.Null(unknown.FromNoiseAdu2!.StdErr);
        Assert.Empty(DarkCheck(known));
    }

    /// <summary>
    /// Two darks: the light-leak check weights the line through them by their means' errors, so one unknown error
    /// leaves the darks' zero-exposure level without one. The check then judges the bias by its size alone (here 20 ADU
    /// above the darks' zero, a leak) and says why it had no error to judge by.
    /// </summary>
    [Fact]
    public void A_dark_mean_of_unknown_error_raises_the_light_leak_code_beside_the_leak()
    {
        var litBias = new Quantity(120, Unit.Adu, 0.05);
        DarkLevel[] unknown = [DarkLevel.Of(1, 100.2, double.NaN, 10, 0.2), DarkLevel.Of(2, 100.4, 0.05, 12, 0.2)];
        DarkLevel[] known = [DarkLevel.Of(1, 100.2, 0.05, 10, 0.2), DarkLevel.Of(2, 100.4, 0.05, 12, 0.2)];

        IReadOnlyList<Diagnostic> raised = LightLeakCheck.Check(litBias, unknown, "bias.tif");
        Diagnostic fitErrors = Assert.Single(raised, d => d.Code == BiasDiagnostics.LightLeakFitErrorsUnknown);
        Assert.Equal("bias", fitErrors.Section);
        Assert.Contains(raised, d => d.Code == BiasDiagnostics.LightLeak);
        Assert.Equal(new[] { BiasDiagnostics.LightLeak }, LightLeakCheck.Check(litBias, known, "bias.tif").Select(d => d.Code));
        Assert.Empty(LightLeakCheck.Check(new Quantity(100, Unit.Adu, 0.05), known, "bias.tif"));
    }

    /// <summary>
    /// EMVA darks at 1 and 4 ms, the bright point at 2 ms without a dark pair: its dark comes from the dark series'
    /// lines, weighted by the dark points' errors. A dark variance of unknown error leaves the interpolated dark
    /// variance without one, and the dark match says so in the emva section; with every error known it is silent.
    /// </summary>
    [Fact]
    public void A_dark_point_of_unknown_error_raises_the_emva_dark_fit_code()
    {
        EmvaLevel[] unknown = [EmvaDark(0.001, 100.1, 4.0, null), EmvaDark(0.004, 100.4, 4.6, 0.05)];
        EmvaLevel[] known = [EmvaDark(0.001, 100.1, 4.0, 0.04), EmvaDark(0.004, 100.4, 4.6, 0.05)];

        var match = new EmvaDarkMatch(unknown);
        Assert.True(match.At(0.002).Interpolated);
        Assert.Null(match.At(0.002).Variance.StdErr);
        Diagnostic raised = Assert.Single(match.FitErrorsUnknown());
        Assert.Same(EmvaDiagnostics.DarkFitErrorsUnknown, raised.Code);
        Assert.Equal("emva", raised.Section);
        Assert.Empty(new EmvaDarkMatch(known).FitErrorsUnknown());
    }

    [Fact]
    public void The_codes_are_declared_in_their_areas_catalogs()
    {
        DiagnosticCode[] codes = [GainDiagnostics.FitErrorsUnknown, DarkDiagnostics.FitErrorsUnknown, BiasDiagnostics.LightLeakFitErrorsUnknown, EmvaDiagnostics.DarkFitErrorsUnknown];
        Assert.All(codes, c => Assert.Contains(c, DiagnosticCatalog.All));
        Assert.Equal(new[] { "gain.", "darkCurrent.", "bias.", "emva." }, codes.Select(c => c.Id[..(c.Id.IndexOf('.', StringComparison.Ordinal) + 1)]));
        Assert.All(codes, c => Assert.EndsWith("fit-errors-unknown", c.Id, StringComparison.Ordinal));
    }

    // The calls the stages make (GainStage.Run, SessionAnalysis's dark current).
    private static IReadOnlyList<Diagnostic> GainCheck(PhotonTransferResult r) =>
        UnknownFitErrors.Check(r.Fit, GainDiagnostics.FitErrorsUnknown, "gain", "photon transfer", "gain");

    private static IReadOnlyList<Diagnostic> DarkCheck(DarkCurrentResult r) =>
        UnknownFitErrors.Check(r.NoiseFit, DarkDiagnostics.FitErrorsUnknown, "darkCurrent", "dark variance against exposure", "noise-method dark current");

    private static PhotonTransferPoint Point(double signal, double variance, double? stdErr) =>
        new(ExposureMs: signal / 100, Mean: Quantity.Exact(100 + signal, Unit.Adu), Variance: new Quantity(variance, Unit.Adu2, stdErr),
            Offset: Quantity.Exact(100, Unit.Adu), ClippedFraction: 0);

    private static EmvaLevel EmvaDark(double exposureS, double mean, double variance, double? varianceStdErr) =>
        new(exposureS, null, 1, new Quantity(mean, Unit.Adu, 0.02), new Quantity(variance, Unit.Adu2, varianceStdErr), 0, ["d"]);

    private static DarkLevel Dark(double exposureS, double variance, double? varianceStdErr) =>
        new(exposureS, new Quantity(100 + exposureS, Unit.Adu, 0.05), new Quantity(variance, Unit.Adu2, varianceStdErr));
}
