using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.RealAcquisitions;

/// <summary>
/// Nonsense a real acquisition can hold, in OME-TIFF stacks written by the project's writer: each is refused (exit 2,
/// one line naming the file and the code) or gives finite figures with a diagnostic naming the file; never NaN, never
/// silence.
/// </summary>
public class NonsenseCaughtTests
{
    private readonly SyntheticStacks _s = new(TestPaths.NewTempFolder("nonsense"));

    private static readonly object Camera = new { name = "test", sensor = "CCD", bitDepth = 12 };

    private string OutDir => Path.Combine(_s.Folder, "out");

    private CliRun Analyze(object manifest) => CliRun.Of("analyze", _s.Session(manifest), "--out", OutDir, "--json");

    private object[] Flats() =>
    [
        new { exposureMs = 5.0, files = new[] { _s.Write("flat5.ome.tif", 2, 500, 5) } },
        new { exposureMs = 10.0, files = new[] { _s.Write("flat10.ome.tif", 2, 1000, 10) } },
    ];

    [Fact]
    public void A_pair_of_identical_frames_is_refused_naming_the_file()
    {
        ushort[] frame = _s.Frame(800);
        string twice = _s.WriteFrames("flat_twice.ome.tif", [frame, (ushort[])frame.Clone()], 8);
        CliRun run = Analyze(new { camera = Camera, bias = new { files = new[] { _s.Write("bias.ome.tif", 4, 0) } }, flats = Flats().Append(new { exposureMs = 8.0, files = new[] { twice } }).ToArray() });
        SessionChecks.AssertRefused(run, "session.identical-frames", twice, OutDir);
    }

    [Fact]
    public void An_all_zero_flat_is_refused_naming_the_file()
    {
        int pixels = 64 * 48;
        string zero = _s.WriteFrames("flat_zero.ome.tif", [new ushort[pixels], new ushort[pixels]], 8);
        CliRun run = Analyze(new { camera = Camera, bias = new { files = new[] { _s.Write("bias.ome.tif", 4, 0) } }, flats = new object[] { Flats()[0], new { exposureMs = 8.0, files = new[] { zero } } } });
        SessionChecks.AssertRefused(run, "session.blank-frame", zero, OutDir);
    }

    [Fact]
    public void A_lit_dark_gives_no_negative_dark_current_but_a_diagnostic_naming_it()
    {
        // The 100 ms dark saw 200 ADU of light; the true dark signal grows 5 ADU/s. The fitted line falls with exposure.
        string lit = _s.Write("dark_100ms.ome.tif", 2, 200, 100);
        object[] darks =
        [
            new { exposureMs = 100.0, files = new[] { lit } },
            new { exposureMs = 1000.0, files = new[] { _s.Write("dark_1s.ome.tif", 2, 5, 1000) } },
            new { exposureMs = 2000.0, files = new[] { _s.Write("dark_2s.ome.tif", 2, 10, 2000) } },
        ];
        JsonElement r = SessionChecks.Results(Analyze(new { camera = Camera, bias = new { files = new[] { _s.Write("bias.ome.tif", 4, 0) } }, flats = Flats(), darks }));
        SessionChecks.AssertDiagnostic(r, "darkCurrent.negative", "dark_100ms.ome.tif");
        Assert.False(r.TryGetProperty("darkCurrent", out _), "a dark current below zero is a finding, not a figure");
        Assert.True(r.GetProperty("gain").GetProperty("systemGain").GetProperty("value").GetDouble() > 0);
    }

    [Fact]
    public void A_clipped_amplified_stack_gives_no_em_gain_but_a_diagnostic_naming_it()
    {
        // 4000 ADU above a 100 ADU bias at a 12-bit ADC: most pixels sit on 4095, so the ratio would be meaningless.
        string amplified = _s.Write("em300.ome.tif", 2, 4000, 10);
        var emGain = new
        {
            reference = new { exposureMs = 1000.0, emGain = 1.0, files = new[] { _s.Write("em1.ome.tif", 2, 50, 1000) } },
            amplified = new { exposureMs = 10.0, emGain = 300.0, files = new[] { amplified } },
        };
        JsonElement r = SessionChecks.Results(Analyze(new { camera = Camera, bias = new { files = new[] { _s.Write("bias.ome.tif", 4, 0) } }, flats = Flats(), emGain }));
        SessionChecks.AssertDiagnostic(r, "emGain.clipped", amplified);
        Assert.False(r.TryGetProperty("emGain", out _));
    }

    [Fact]
    public void Reference_and_amplified_swapped_give_no_em_gain_below_one_but_a_diagnostic()
    {
        // The "amplified" stack has 50 ADU in 1 s, the "reference" 1000 ADU in 10 ms: a ratio of 1/2000.
        string amplified = _s.Write("amplified.ome.tif", 2, 50, 1000);
        var emGain = new
        {
            reference = new { exposureMs = 10.0, emGain = 1.0, files = new[] { _s.Write("reference.ome.tif", 2, 1000, 10) } },
            amplified = new { exposureMs = 1000.0, emGain = 300.0, files = new[] { amplified } },
        };
        JsonElement r = SessionChecks.Results(Analyze(new { camera = Camera, bias = new { files = new[] { _s.Write("bias.ome.tif", 4, 0) } }, flats = Flats(), emGain }));
        SessionChecks.AssertDiagnostic(r, "emGain.below-one", amplified);
        Assert.False(r.TryGetProperty("emGain", out _));
    }

    /// <summary>
    /// A flat that saw no light (the shutter stayed shut, or a 0 ms level) beside two lit ones: its signal above the
    /// bias is zero within its error, so (mean - bias) / variance would be a gain of about 0 e-/ADU. It gets none, the
    /// single-point average is the lit levels' alone (the stacks' gain is 2 e-/ADU), and gain.no-signal names the file.
    /// </summary>
    [Fact]
    public void A_flat_without_light_gets_no_single_point_gain_but_a_diagnostic_naming_it()
    {
        string dark = _s.Write("flat_shut.ome.tif", 2, 0, 1);
        JsonElement r = SessionChecks.Results(Analyze(new { camera = Camera, bias = new { files = new[] { _s.Write("bias.ome.tif", 4, 0) } }, flats = Flats().Append(new { exposureMs = 1.0, files = new[] { dark } }).ToArray() }));
        SessionChecks.AssertDiagnostic(r, "gain.no-signal", dark);
        JsonElement[] points = [.. r.GetProperty("gain").GetProperty("points").EnumerateArray()];
        Assert.NotEqual(JsonValueKind.Number, Assert.Single(points, p => p.GetProperty("exposureMs").GetDouble() == 1).GetProperty("gainEPerAdu").ValueKind);
        double[] lit = [.. points.Where(p => p.GetProperty("exposureMs").GetDouble() > 1).Select(p => p.GetProperty("gainEPerAdu").GetDouble())];
        Assert.Equal(lit.Average(), r.GetProperty("gain").GetProperty("singlePointGain").GetProperty("value").GetDouble(), 9);
    }

    /// <summary>
    /// An "amplified" stack whose signal per second is 60 times the reference's but whose noise is plain shot noise
    /// (the stacks' Poisson-like noise at 2 e-/ADU, no EM excess): the noise says an EM gain of about 1, the ratio 60.
    /// Both are kept, and emGain.methods-disagree names the amplified file.
    /// </summary>
    [Fact]
    public void Em_gain_from_the_noise_against_the_ratio_beyond_their_errors_is_said_naming_the_file()
    {
        string amplified = _s.Write("em60.ome.tif", 2, 3000, 1000);
        var emGain = new
        {
            reference = new { exposureMs = 1000.0, emGain = 1.0, files = new[] { _s.Write("em1.ome.tif", 2, 50, 1000) } },
            amplified = new { exposureMs = 1000.0, emGain = 60.0, files = new[] { amplified } },
        };
        JsonElement r = SessionChecks.Results(Analyze(new { camera = Camera, bias = new { files = new[] { _s.Write("bias.ome.tif", 4, 0) } }, flats = Flats(), emGain }));
        SessionChecks.AssertDiagnostic(r, "emGain.methods-disagree", amplified);
        JsonElement em = r.GetProperty("emGain");
        double ratio = em.GetProperty("factor").GetProperty("value").GetDouble();
        JsonElement noise = em.GetProperty("factorFromNoise");
        Assert.InRange(ratio, 50, 70);
        Assert.True(Math.Abs(noise.GetProperty("value").GetDouble() - ratio) > 3 * Math.Sqrt(
            Math.Pow(noise.GetProperty("stderr").GetDouble(), 2) + Math.Pow(em.GetProperty("factor").GetProperty("stderr").GetDouble(), 2)));
    }

    /// <summary>
    /// Darks of a camera without dark current whose level means (exact by construction) scatter about a flat line:
    /// 0.020, 0.030 and 0.015 ADU above 100 at 100 ms, 1 s and 2 s. The fitted rate is -0.0029 ADU/s and the scatter
    /// about the line gives it an error of about 0.0075: below zero, but by well under its error. It is kept, not withheld, and darkCurrent.consistent-with-zero says so (no file: the line is
    /// the finding); darkCurrent.negative is not raised.
    /// </summary>
    [Fact]
    public void A_dark_current_below_zero_within_its_error_is_kept_and_said_consistent_with_zero()
    {
        object[] darks =
        [
            new { exposureMs = 100.0, files = new[] { ExactDark("dark_100ms.ome.tif", 100, 0.04, 0.0) } },
            new { exposureMs = 1000.0, files = new[] { ExactDark("dark_1s.ome.tif", 1000, 0.06, 0.0) } },
            new { exposureMs = 2000.0, files = new[] { ExactDark("dark_2s.ome.tif", 2000, 0.03, 0.0) } },
        ];
        JsonElement r = SessionChecks.Results(Analyze(new { camera = Camera, bias = new { files = new[] { _s.Write("bias.ome.tif", 4, 0) } }, flats = Flats(), darks }));
        SessionChecks.AssertDiagnostic(r, "darkCurrent.consistent-with-zero", null);
        Assert.False(SessionChecks.HasDiagnostic(r, "darkCurrent.negative"));
        JsonElement rate = r.GetProperty("darkCurrent").GetProperty("rateAdu");
        Assert.InRange(rate.GetProperty("value").GetDouble(), -rate.GetProperty("stderr").GetDouble(), 0);
    }

    /// <summary>Two frames of 100 ADU plus a zero-sum integer pattern (different per frame), each frame's mean raised by
    /// exactly <paramref name="a"/> and <paramref name="b"/> ADU (that fraction of pixels one code higher).</summary>
    private string ExactDark(string name, double exposureMs, double a, double b)
    {
        var rng = new Random(name.Length);
        ushort[] Frame(double raise)
        {
            int n = 64 * 48;
            short[] pattern = [.. Enumerable.Range(0, n).Select(i => (short)((i % 7) - 3))];
            rng.Shuffle(pattern);
            int raised = (int)Math.Round(raise * n);
            return [.. pattern.Select((v, i) => (ushort)(100 + v + (i < raised ? 1 : 0)))];
        }

        return _s.WriteFrames(name, [Frame(a), Frame(b)], exposureMs);
    }

    [Fact]
    public void The_same_file_for_two_levels_is_refused_naming_it()
    {
        string flat = _s.Write("flat.ome.tif", 2, 500, 5);
        CliRun run = Analyze(new { camera = Camera, bias = new { files = new[] { _s.Write("bias.ome.tif", 4, 0) } }, flats = new[] { new { exposureMs = 5.0, files = new[] { flat } }, new { exposureMs = 10.0, files = new[] { flat } } } });
        SessionChecks.AssertRefused(run, "session.same-file", flat, OutDir);
    }

    [Fact]
    public void An_unknown_sensor_name_is_refused_naming_the_manifest()
    {
        CliRun run = Analyze(new { camera = new { name = "test", sensor = "sCOMS" }, bias = new { files = new[] { _s.Write("bias.ome.tif", 4, 0) } } });
        SessionChecks.AssertRefused(run, "camera.unknown-sensor", "session.json", OutDir);
        Assert.Contains("sCOMS", run.Stderr, StringComparison.Ordinal);
    }
}
