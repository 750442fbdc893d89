using System.Text.Json.Nodes;
using CamTest.Core.Results;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.Figures;

/// <summary>
/// Issue 9: each figure's name, symbol, unit and meaning are declared once (FigureCatalog), and results.json follows
/// them. Runs the demo, <c>camtest emva</c> on the two EMVA reference crops in tests/fixtures/real (one with a pixel
/// size, so the per-area figures are written), <c>camtest maps</c> on synthetic darks and flats, and an EMCCD session
/// with stated values (EM gain, statedVsMeasured), and walks each results.json with <see cref="DeclarationCheck"/>:
/// no figure without a declaration of its key and unit, and no declaration that none of them writes unless
/// <see cref="NotWritten"/> says why.
/// </summary>
public class ResultsJsonFollowsTheDeclarationsTests
{
    /// <summary>Declarations none of the runs writes, each with the reason. Empty today: every declared key occurs.</summary>
    private static readonly (string Key, string Reason)[] NotWritten = [];

    private static readonly Lazy<IReadOnlyList<(string Name, JsonNode Document)>> Runs = new(RunAll);

    [Fact]
    public void Every_figure_written_is_declared_in_its_unit_and_every_declaration_is_written()
    {
        var check = new DeclarationCheck(FigureCatalog.All);
        foreach ((string name, JsonNode document) in Runs.Value)
        {
            check.Check(name, document);
        }

        Assert.True(check.Problems.Count == 0, "results.json disagrees with the declarations:\n  " + string.Join("\n  ", check.Problems));
        string[] unwritten = [.. FigureCatalog.All.Select(d => d.Key).Where(k => !check.Seen.Contains(k) && !NotWritten.Any(n => n.Key == k))];
        Assert.True(unwritten.Length == 0, "declared but written by none of the runs (write it, or list it in NotWritten with the reason): " + string.Join(", ", unwritten));
        string[] stale = [.. NotWritten.Select(n => n.Key).Where(check.Seen.Contains)];
        Assert.True(stale.Length == 0, "listed as not written but written: " + string.Join(", ", stale));
    }

    [Fact]
    public void The_check_reports_a_wrong_unit_an_undeclared_figure_and_a_number_where_a_figure_is_declared()
    {
        JsonNode demo = Runs.Value[0].Document.DeepClone();
        var clean = new DeclarationCheck(FigureCatalog.All);
        clean.Check("demo", demo);
        Assert.Empty(clean.Problems);

        demo["gain"]!["systemGain"]!["unit"] = "ADU/e-";
        JsonObject readNoise = demo["readNoise"]!.AsObject();
        JsonNode rms = readNoise["rms"]!;
        readNoise.Remove("rms");
        readNoise["rmsElectrons"] = rms;
        demo["darkCurrent"]!["rate"] = 0.5;
        demo["hotPixels"]!["darkHistogram"]!["unit"] = "ADU/pixel/s";
        demo["gain"]!["points"]![0]!["varianceAdu2"] = new JsonObject { ["value"] = 1.0, ["unit"] = "ADU^2", ["stderr"] = 0.1 };
        var planted = new DeclarationCheck(FigureCatalog.All);
        planted.Check("demo", demo);

        Assert.Contains(planted.Problems, p => p.Contains("gain.systemGain is written in 'ADU/e-' but declared in 'e-/ADU'", StringComparison.Ordinal));
        Assert.Contains(planted.Problems, p => p.Contains("readNoise.rmsElectrons (e-) is a figure no declaration states", StringComparison.Ordinal));
        Assert.Contains(planted.Problems, p => p.Contains("darkCurrent.rate is declared a {value, unit, stderr} figure but written as 0.5", StringComparison.Ordinal));
        Assert.Contains(planted.Problems, p => p.Contains("hotPixels.darkHistogram.counts[] sits in an object whose unit is 'ADU/pixel/s'", StringComparison.Ordinal));
        Assert.Contains(planted.Problems, p => p.Contains("gain.points[].varianceAdu2 is declared a Number but written as a {value, unit, stderr} figure", StringComparison.Ordinal));
        Assert.DoesNotContain("readNoise.rms", planted.Seen);
    }

    [Fact]
    public void A_stated_comparison_is_held_against_the_unit_of_the_figure_it_names()
    {
        JsonNode emccd = Runs.Value.Single(r => r.Name == "emccd").Document.DeepClone();
        JsonArray rows = emccd["statedVsMeasured"]!.AsArray();
        Assert.Contains(rows, r => r!["figure"]!.GetValue<string>() == "emGain.factor");
        rows.First(r => r!["figure"]!.GetValue<string>() == "gain.systemGain")!["measured"]!["unit"] = "e-";
        var check = new DeclarationCheck(FigureCatalog.All);
        check.Check("emccd", emccd);
        Assert.Equal(["emccd: statedVsMeasured[].measured is written in 'e-' but declared in 'e-/ADU'"], check.Problems);
    }

    private static List<(string Name, JsonNode Document)> RunAll()
    {
        DemoRun demo = DemoRun.Default;
        Assert.Equal(0, demo.Run.ExitCode);
        List<(string, JsonNode)> runs = [("demo", Read(Path.Combine(demo.Folder, "results", "results.json")))];

        foreach ((string set, string[] extra) in new[] { ("emva001", Array.Empty<string>()), ("emva002", ["--pixel-size-um", "6.45"]) })
        {
            string output = Path.Combine(TestPaths.NewTempFolder("declared-" + set), "out");
            CliRun run = CliRun.Of(["emva", TestPaths.Fixture("real", set, "EMVA1288_Data.txt"), "--out", output, .. extra]);
            Assert.True(run.ExitCode == 0, run.Stderr);
            runs.Add((set, Read(Path.Combine(output, "results.json"))));
        }

        string folder = TestPaths.NewTempFolder("declared-maps");
        var stacks = new SyntheticStacks(folder);
        string dark = Path.Combine(folder, stacks.Write("dark.ome.tif", 8, 0));
        string[] flats = [Path.Combine(folder, stacks.Write("flat_1.ome.tif", 4, 400)), Path.Combine(folder, stacks.Write("flat_2.ome.tif", 4, 1600))];
        CliRun maps = CliRun.Of(["maps", dark, "--flats", .. flats, "--out", Path.Combine(folder, "maps")]);
        Assert.True(maps.ExitCode == 0, maps.Stderr);
        runs.Add(("maps", Read(Path.Combine(folder, "maps", "results.json"))));

        runs.Add(("emccd", Read(EmccdResults())));
        return runs;
    }

    /// <summary>A small simulated EMCCD session (EM gain stacks) whose manifest states the camera's sheet values, so
    /// emGain and statedVsMeasured are written.</summary>
    private static string EmccdResults()
    {
        string folder = Path.Combine(TestPaths.NewTempFolder("declared-emccd"), "session");
        CliRun simulate = CliRun.Of("simulate", "--camera", "emccd-512", "--width", "64", "--height", "64", "--out", folder);
        Assert.True(simulate.ExitCode == 0, simulate.Stderr);
        string manifest = Path.Combine(folder, "session.json");
        JsonNode session = Read(manifest);
        session["camera"]!["stated"] = new JsonObject
        {
            ["gainEPerAdu"] = 10, ["readNoiseE"] = 50, ["darkCurrentEPerPixelPerS"] = 0.001, ["fullWellE"] = 180000, ["emGain"] = 300,
        };
        File.WriteAllText(manifest, session.ToJsonString());
        CliRun analyze = CliRun.Of("analyze", manifest, "--out", Path.Combine(folder, "out"));
        Assert.True(analyze.ExitCode == 0, analyze.Stderr);
        return Path.Combine(folder, "out", "results.json");
    }

    private static JsonNode Read(string path) => JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidOperationException($"{path} is empty");
}
