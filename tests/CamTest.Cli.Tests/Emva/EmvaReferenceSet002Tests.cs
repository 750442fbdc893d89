using CamTest.TestSupport;

namespace CamTest.Cli.Tests.Emva;

/// <summary>
/// EMVA reference set 002 (a real 8-bit CMOS, subset in ../shared/data): dark noise of about 0.32 DN, below what an
/// 8-bit ADC resolves. The analysis must run through and report the quantisation limit, as Release 4 asks.
/// </summary>
public class EmvaReferenceSet002Tests
{
    [SharedDataFact]
    public void Analyses_without_error_and_reports_its_quantisation_limit()
    {
        using EmvaRun r = EmvaRun.Of(TestPaths.SharedData("emva1288_refset002_cmos8bit_stemmer_subset", "EMVA1288_Data.txt"), "emva-set002");

        Assert.Equal(0, r.Run.ExitCode);
        // Measured sigma_y.dark stays what it is (about 0.32 DN); the limit sqrt(0.24) = 0.49 DN is reported beside it.
        Assert.InRange(r.Value("darkNoiseAdu"), 0.25, 0.40);
        Assert.True(r.Emva.GetProperty("quantisationLimited").GetBoolean());
        Assert.Equal(Math.Sqrt(0.24), r.Value("darkNoiseLimitAdu"), 9);
        Assert.True(r.Emva.GetProperty("temporalDarkNoiseIsUpperBound").GetBoolean());
        // sigma_d <= sqrt(0.24 - 1/12) / K: the bound, as the reference implementation's 19.18 e- (same K).
        Assert.Equal(Math.Sqrt(0.24 - (1.0 / 12)) / r.Value("systemGain"), r.Value("temporalDarkNoise"), 9);
        Assert.Equal(0.0206316, r.Value("systemGain"), 6);
        SessionChecks.AssertDiagnostic(r.Document!.RootElement, "emva.quantisation-limited", null);
        // Its dark mean falls with exposure: a negative dark current is left out and said so, not printed.
        Assert.False(r.Has("darkCurrentFromMean"));
        // emva.not-resolved is raised once per figure left out, its section the figure's key, as notMeasured[] names it.
        SessionChecks.AssertDiagnosticOn(r.Document!.RootElement, "emva.not-resolved", "emva.darkCurrentFromMean");
        Assert.Contains(r.Emva.GetProperty("notMeasured").EnumerateArray(), n => n.GetProperty("figures").EnumerateArray().Any(f => f.GetString() == "darkCurrentFromMean"));
    }
}
