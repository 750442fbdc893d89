using System.Globalization;
using System.Text.RegularExpressions;
using CamTest.Cli.Tests.Browser;
using CamTest.Simulation;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

/// <summary>
/// <c>camtest compare</c> of two simulated cameras with known truth: an sCMOS with 1.5 e- read noise and an EMCCD at
/// EM gain 300 (45 e- read noise), each simulated and analysed once for every test here.
/// </summary>
public sealed partial class CompareCommandTests(CompareCommandTests.TwoCameras cameras) : IClassFixture<CompareCommandTests.TwoCameras>
{
    public sealed class TwoCameras
    {
        /// <summary>Read noise the same in every pixel, so the truth is one number.</summary>
        public static readonly CameraModel Scmos = CameraPresets.ScmosLarge with { Name = "sCMOS 1.5 e-", ReadNoiseE = 1.5, ReadNoiseSpread = 0 };

        public static readonly CameraModel Emccd = CameraPresets.Emccd512 with { Name = "EMCCD x300" };

        /// <summary>A third camera, for comparisons of three against a reference the user picks.</summary>
        public static readonly CameraModel Ccd = CameraPresets.CcdInterline with { Name = "CCD 6 e-" };

        /// <summary>The names the simulator gives the sessions (the model's name and the seed).</summary>
        public const string ScmosLabel = "Simulated sCMOS 1.5 e- (seed 11)", EmccdLabel = "Simulated EMCCD x300 (seed 12)", CcdLabel = "Simulated CCD 6 e- (seed 13)";

        public TwoCameras()
        {
            Folder = TestPaths.NewTempFolder("compare");
            ScmosResults = Analyse(Scmos, "scmos", 11, record: false);
            EmccdResults = Analyse(Emccd, "emccd", 12, record: true);
            CcdResults = Analyse(Ccd, "ccd", 13, record: false);
        }

        public string CcdResults { get; }

        public string Folder { get; }

        public string ScmosResults { get; }

        public string EmccdResults { get; }

        public string Db => Path.Combine(Folder, "history.db");

        private string Analyse(CameraModel camera, string name, ulong seed, bool record)
        {
            var options = new SimulationOptions { Seed = seed, RoiWidth = 64, RoiHeight = 64, BiasFrames = 40, MaxThreads = 2 };
            SimulatedSession session = SessionSimulator.Run(camera, options, Path.Combine(Folder, name), name);
            string outDir = Path.Combine(Folder, $"{name}-out");
            CliRun run = CliRun.Of(["analyze", session.SessionPath, "--out", outDir, .. record ? new[] { "--record", "--db", Db } : []]);
            Assert.True(run.ExitCode == 0, run.Stderr);
            return Path.Combine(outDir, "results.json");
        }
    }

    [Fact]
    public void The_emccd_wins_below_the_crossover_and_the_scmos_above_it_within_20_percent_of_the_analytic_crossover()
    {
        string page = Path.Combine(cameras.Folder, "files.html");
        CliRun run = CliRun.Of("compare", cameras.ScmosResults, cameras.EmccdResults, "--out", page);
        Assert.True(run.ExitCode == 0, run.Stderr);
        string html = File.ReadAllText(page);

        Match verdict = Verdict().Match(html);
        Assert.True(verdict.Success, "no #verdict on the page");
        Assert.Equal(TwoCameras.EmccdLabel, verdict.Groups["low"].Value);
        Assert.Equal(TwoCameras.ScmosLabel, verdict.Groups["high"].Value);
        Match crossing = Assert.Single(Crossover().Matches(html));
        Assert.Equal(TwoCameras.EmccdLabel, crossing.Groups["below"].Value);
        Assert.Equal(TwoCameras.ScmosLabel, crossing.Groups["above"].Value);

        // Analytic crossover from the truth, with the protocol's equations at the one exposure t the page states:
        // EMCCD S / sqrt(F^2 S + F^2 De t + (Nr/G)^2) with F^2 = 2 equals sCMOS S / sqrt(S + Ds t + n^2) where
        // 2S + 2 De t + (Nr/G)^2 = S + Ds t + n^2, i.e. S = n^2 - (Nr/G)^2 + (Ds - 2 De) t (2.2275 e- without dark
        // charge). The measured crossover moves with the measured read noise squared: 40 bias frames of 64 x 64 pixels
        // know n to well under 1 %, and the gain's few-% error scales it further, so 20 % is the bound with room.
        double t = double.Parse(Regex.Match(html, "id=\"snr\" data-exposure-s=\"(?<t>[^\"]+)\"").Groups["t"].Value, CultureInfo.InvariantCulture);
        Assert.True(t > 0, "the comparison takes dark charge at the first camera's flat exposure");
        double analytic = (TwoCameras.Scmos.ReadNoiseE * TwoCameras.Scmos.ReadNoiseE) - Math.Pow(TwoCameras.Emccd.ReadNoiseE / TwoCameras.Emccd.EmGain, 2)
            + ((TwoCameras.Scmos.DarkCurrentEPerS - (2 * TwoCameras.Emccd.DarkCurrentEPerS)) * t);
        double measured = double.Parse(crossing.Groups["signal"].Value, CultureInfo.InvariantCulture);
        Assert.InRange(measured, analytic * 0.8, analytic * 1.2);
        ReportText.AssertNoInapplicableFigure(html);
        Assert.Contains("data-key=\"readNoise.rms\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_cameras_are_compared_against_the_reference_the_user_picks_in_standard_errors()
    {
        string page = Path.Combine(cameras.Folder, "three.html");
        CliRun run = CliRun.Of("compare", cameras.ScmosResults, cameras.EmccdResults, cameras.CcdResults, "--reference", TwoCameras.EmccdLabel, "--out", page);
        Assert.True(run.ExitCode == 0, run.Stderr);
        string html = File.ReadAllText(page);

        // The page says which camera is the reference, and every difference column is another camera less it.
        Assert.Contains($"id=\"figures\" data-reference=\"{TwoCameras.EmccdLabel}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<th>{TwoCameras.ScmosLabel} − {TwoCameras.EmccdLabel}</th>", html, StringComparison.Ordinal);
        Assert.Contains($"<th>{TwoCameras.CcdLabel} − {TwoCameras.EmccdLabel}</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"<th>{TwoCameras.EmccdLabel} − ", html, StringComparison.Ordinal);

        // The read-noise differences, recomputed from the three results.json files: (other - reference) over the two
        // standard errors in quadrature, shown to 0.1 sigma.
        double z(string other) => Difference(other, cameras.EmccdResults, "readNoise", "rms");
        string row = Regex.Match(html, "<tr data-key=\"readNoise.rms\">.*?</tr>").Value;
        foreach ((string label, string file) in new[] { (TwoCameras.ScmosLabel, cameras.ScmosResults), (TwoCameras.CcdLabel, cameras.CcdResults) })
        {
            string shown = Regex.Match(row, $"data-camera=\"{Regex.Escape(label)}\">(?<z>[^<]*) σ</td>").Groups["z"].Value.Replace('−', '-');
            Assert.Equal(z(file), double.Parse(shown, CultureInfo.InvariantCulture), 0.051);
        }

        // Without --reference the first camera is the reference; a name that matches none is one line and exit 2.
        CliRun byDefault = CliRun.Of("compare", cameras.ScmosResults, cameras.EmccdResults, cameras.CcdResults, "--out", Path.Combine(cameras.Folder, "three-default.html"));
        Assert.True(byDefault.ExitCode == 0, byDefault.Stderr);
        Assert.Contains($"data-reference=\"{TwoCameras.ScmosLabel}\"", File.ReadAllText(Path.Combine(cameras.Folder, "three-default.html")), StringComparison.Ordinal);
        string bad = Path.Combine(cameras.Folder, "three-bad.html");
        CliRun unknown = CliRun.Of("compare", cameras.ScmosResults, cameras.EmccdResults, cameras.CcdResults, "--reference", "no such camera", "--out", bad);
        Assert.Equal(2, unknown.ExitCode);
        unknown.AssertOneLineError("--reference 'no such camera' names none");
        Assert.False(File.Exists(bad));
    }

    private static double Difference(string otherFile, string referenceFile, string section, string key)
    {
        (double Value, double StdErr) Read(string file)
        {
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
            System.Text.Json.JsonElement q = doc.RootElement.GetProperty(section).GetProperty(key);
            return (q.GetProperty("value").GetDouble(), q.GetProperty("stderr").GetDouble());
        }

        (double b, double sb) = Read(otherFile);
        (double a, double sa) = Read(referenceFile);
        return (b - a) / Math.Sqrt((sa * sa) + (sb * sb));
    }

    [Fact]
    public void A_camera_can_come_from_the_history_by_its_serial()
    {
        string page = Path.Combine(cameras.Folder, "history.html");
        string serial = HistorySerial();
        CliRun run = CliRun.Of("compare", cameras.ScmosResults, serial, "--db", cameras.Db, "--out", page);
        Assert.True(run.ExitCode == 0, run.Stderr);
        string html = File.ReadAllText(page);
        Assert.Equal(TwoCameras.EmccdLabel, Verdict().Match(html).Groups["low"].Value);
        Assert.Contains("history ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_camera_or_a_missing_file_is_one_line_and_exit_2_with_no_page()
    {
        string page = Path.Combine(cameras.Folder, "bad.html");
        CliRun missing = CliRun.Of("compare", cameras.ScmosResults, Path.Combine(cameras.Folder, "nope", "results.json"), "--out", page);
        CliRun unknown = CliRun.Of("compare", cameras.ScmosResults, "no-such-camera", "--db", cameras.Db, "--out", page);

        Assert.Equal(2, missing.ExitCode);
        missing.AssertOneLineError("results file not found");
        Assert.Equal(2, unknown.ExitCode);
        unknown.AssertOneLineError("no camera 'no-such-camera'");
        Assert.False(File.Exists(page));
    }

    [ChromiumFact]
    public void The_comparison_page_loads_offline_with_its_plot_drawn_and_prints_to_pdf()
    {
        string page = Path.Combine(cameras.Folder, "browser.html");
        CliRun run = CliRun.Of("compare", cameras.ScmosResults, cameras.EmccdResults, "--out", page, "--pdf");
        Assert.True(run.ExitCode == 0, run.Stderr);

        BrowserPage browser = BrowserPage.Open(page);
        PdfText pdf = PdfText.Of(Path.ChangeExtension(page, ".pdf"));

        browser.AssertDrawnOffline(minPlots: 1);
        Assert.True(pdf.Pages >= 1);
        Assert.Contains(TwoCameras.EmccdLabel, pdf.Text, StringComparison.Ordinal);
    }

    private string HistorySerial()
    {
        CliRun list = CliRun.Of("history", "list", "--json", "--db", cameras.Db);
        Assert.True(list.ExitCode == 0, list.Stderr);
        using var doc = System.Text.Json.JsonDocument.Parse(list.Stdout);
        return doc.RootElement.GetProperty("cameras")[0].GetProperty("camera").GetProperty("serial").GetString()!;
    }

    [GeneratedRegex("id=\"verdict\" data-low-winner=\"(?<low>[^\"]*)\" data-high-winner=\"(?<high>[^\"]*)\"")]
    private static partial Regex Verdict();

    [GeneratedRegex("class=\"crossover\" data-below=\"(?<below>[^\"]*)\" data-above=\"(?<above>[^\"]*)\" data-signal=\"(?<signal>[^\"]*)\"")]
    private static partial Regex Crossover();
}
