using System.Text.Json;
using System.Text.Json.Nodes;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.History;

/// <summary>results.json "run": when the session was acquired (manifest, else the files), conditions and inputs.</summary>
public sealed class RunRecordTests
{
    [Fact]
    public void Acquired_comes_from_the_manifest_else_from_the_files_metadata_and_the_conditions_and_inputs_are_recorded()
    {
        string folder = TestPaths.NewTempFolder("run-record");
        string session = Path.Combine(folder, "s", "session.json");
        Assert.Equal(0, CliRun.Of("simulate", "--camera", "emccd-512", "--out", Path.Combine(folder, "s"), "--width", "32", "--height", "32",
            "--bias-frames", "8", "--month", "2").ExitCode);
        JsonObject manifest = JsonNode.Parse(File.ReadAllText(session))!.AsObject();
        Assert.Equal("2026-03-15T10:00:00Z", manifest["acquired"]!.GetValue<string>());
        manifest.Remove("acquired");
        string undated = Path.Combine(folder, "s", "undated.json");
        File.WriteAllText(undated, manifest.ToJsonString());

        CliRun stated = CliRun.Of("analyze", session, "--out", Path.Combine(folder, "a"), "--json");
        CliRun fromFiles = CliRun.Of("analyze", undated, "--out", Path.Combine(folder, "b"), "--json");

        JsonElement run = JsonDocument.Parse(stated.Stdout).RootElement.GetProperty("run");
        Assert.Equal("2026-03-15T10:00:00Z", run.GetProperty("acquired").GetString());
        Assert.Equal("session.json", run.GetProperty("acquiredFrom").GetString());
        Assert.Equal(-80, run.GetProperty("conditions").GetProperty("temperatureC").GetDouble());
        Assert.Equal(300, run.GetProperty("conditions").GetProperty("emGainSetPoint").GetDouble());
        Assert.Equal(16, run.GetProperty("conditions").GetProperty("bitDepth").GetInt32());
        JsonElement[] inputs = [.. run.GetProperty("inputs").EnumerateArray()];
        Assert.Equal(Directory.GetFiles(Path.Combine(folder, "s"), "*.ome.tif").Length, inputs.Length);
        Assert.All(inputs, i => Assert.Equal(new FileInfo(i.GetProperty("path").GetString()!).Length, i.GetProperty("bytes").GetInt64()));
        Assert.True(DateTimeOffset.Parse(run.GetProperty("analysed").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddHours(-1));

        // Without "acquired", the earliest start the stacks' metadata states (the simulator's Micro-Manager "Time").
        JsonElement fromMetadata = JsonDocument.Parse(fromFiles.Stdout).RootElement.GetProperty("run");
        Assert.Equal("2026-03-15T10:00:00Z", fromMetadata.GetProperty("acquired").GetString());
        Assert.Contains("metadata", fromMetadata.GetProperty("acquiredFrom").GetString(), StringComparison.Ordinal);
    }
}
