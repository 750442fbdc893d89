using System.Text.Json.Nodes;
using CamTest.Core.Results;
using CamTest.Core.Session;
using CamTest.Core.Statistics;
using CamTest.IO;
using CamTest.IO.Session;
using CamTest.Reporting.Json;
using CamTest.Simulation;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.Golden;

/// <summary>
/// A simulated session whose results.json and exact stack sums are pinned in tests/fixtures/golden: the figures the
/// statistics engine gave before a change must come out again after it (see <see cref="GoldenResultsTests"/>).
/// </summary>
public sealed record GoldenSession(string Name, string Preset, SimulationOptions Options)
{
    /// <summary>The demo's session: <c>camtest demo</c> simulates the default preset with seed 1 and default options.</summary>
    public static GoldenSession Demo { get; } = new("demo", CameraPresets.Default, new SimulationOptions { Seed = 1 });

    /// <summary>
    /// The full-frame benchmark session's structure (<c>camtest simulate --camera scmos-small --seed 3</c>: 100 bias
    /// frames, every flat level as a pair, dark pairs, 10 long darks) on a 512 x 512 region instead of 2048 x 2048,
    /// so the suite stays within tens of seconds on 2 cores.
    /// </summary>
    public static GoldenSession FullFrame { get; } = new("fullframe-512", "scmos-small", new SimulationOptions { Seed = 3, RoiWidth = 512, RoiHeight = 512 });

    /// <summary>Set to 1 to rewrite the golden files from the current code instead of comparing with them.</summary>
    public const string RegenerateVariable = "CAMTEST_REGENERATE_GOLDEN";

    public const string RegenerateCommand = $"{RegenerateVariable}=1 dotnet test tests/CamTest.Cli.Tests -c Release --filter FullyQualifiedName~Golden";

    public string ResultsPath => TestPaths.Fixture("golden", $"{Name}.results.json");

    public string SumsPath => TestPaths.Fixture("golden", $"{Name}.sums.json");

    /// <summary>Simulates the session into a temp folder; returns the manifest path.</summary>
    public string Simulate()
    {
        CameraModel camera = CameraPresets.Find(Preset) ?? throw new InvalidOperationException($"no preset {Preset}");
        string folder = TestPaths.NewTempFolder($"golden-{Name}");
        return SessionSimulator.Run(camera, Options, folder, camera.Name).SessionPath;
    }

    /// <summary>results.json as <c>camtest analyze</c> writes it, less what changes from run to run (when, which build, in which folder).</summary>
    public static JsonObject Results(string sessionPath)
    {
        CameraResults results = SessionAnalysis.Run(SessionManifestFile.Load(sessionPath));
        // File paths (in diagnostics and inputs) are made relative to the session's temp folder.
        string folder = Path.GetDirectoryName(Path.GetFullPath(sessionPath))! + Path.DirectorySeparatorChar;
        var json = JsonNode.Parse(ResultsJson.Serialize(results).Replace(folder, string.Empty, StringComparison.Ordinal))!.AsObject();
        if (json["run"] is JsonObject run)
        {
            run.Remove("analysed");
            run.Remove("software");
        }

        return json;
    }

    /// <summary>
    /// Every stack's exact integer sums (per frame: count, sum, sum of squares, min, max; per pair: the same of
    /// A - B), as decimal strings, so a change of engine must reproduce them to the last digit.
    /// </summary>
    public static JsonObject Sums(string sessionPath)
    {
        SessionManifest manifest = SessionManifestFile.Load(sessionPath);
        var stacks = new JsonObject();
        foreach ((string section, SessionEntry stack) in manifest.Stacks().Where(s => s.Stack.Files.Count > 0))
        {
            using IFrameSource source = ConcatenatedFrameSource.Open([.. stack.Files]);
            StackSummary summary = StackReducer.Reduce(source);
            string key = $"{section}:{string.Join("+", stack.Files.Select(Path.GetFileName))}";
            stacks[key] = new JsonObject
            {
                ["frames"] = new JsonArray([.. summary.FrameMoments.Select(m => Moments(m))]),
                ["pairs"] = new JsonArray([.. summary.Pairs.Select(p => Moments(p.Difference))]),
            };
        }

        return stacks;
    }

    private static JsonArray Moments(IMoments m) => m is IntegerMoments e
        ? new JsonArray(e.Count.ToString(), e.Sum.ToString(), e.SumOfSquares.ToString(), e.Min.ToString(), e.Max.ToString())
        : throw new InvalidOperationException("the golden sessions hold integer data, whose sums are exact");
}
