using CamTest.Core.Analysis;
using CamTest.Core.Diagnostics;
using CamTest.Core.Results;
using CamTest.Core.Session;

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

    [Fact]
    public void The_codes_are_declared_in_their_areas_catalogs()
    {
        Assert.Contains(GainDiagnostics.FitErrorsUnknown, DiagnosticCatalog.All);
        Assert.Contains(DarkDiagnostics.FitErrorsUnknown, DiagnosticCatalog.All);
        Assert.StartsWith("gain.", GainDiagnostics.FitErrorsUnknown.Id, StringComparison.Ordinal);
        Assert.StartsWith("darkCurrent.", DarkDiagnostics.FitErrorsUnknown.Id, StringComparison.Ordinal);
    }

    // The calls the stages make (GainStage.Run, SessionAnalysis's dark current).
    private static IReadOnlyList<Diagnostic> GainCheck(PhotonTransferResult r) =>
        UnknownFitErrors.Check(r.Fit, GainDiagnostics.FitErrorsUnknown, "gain", "photon transfer", "gain");

    private static IReadOnlyList<Diagnostic> DarkCheck(DarkCurrentResult r) =>
        UnknownFitErrors.Check(r.NoiseFit, DarkDiagnostics.FitErrorsUnknown, "darkCurrent", "dark variance against exposure", "noise-method dark current");

    private static PhotonTransferPoint Point(double signal, double variance, double? stdErr) =>
        new(ExposureMs: signal / 100, Mean: Quantity.Exact(100 + signal, Unit.Adu), Variance: new Quantity(variance, Unit.Adu2, stdErr),
            Offset: Quantity.Exact(100, Unit.Adu), ClippedFraction: 0);

    private static DarkLevel Dark(double exposureS, double variance, double? varianceStdErr) =>
        new(exposureS, new Quantity(100 + exposureS, Unit.Adu, 0.05), new Quantity(variance, Unit.Adu2, varianceStdErr));
}
