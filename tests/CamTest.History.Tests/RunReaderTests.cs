using System.Text.Json.Nodes;
using CamTest.Core.Diagnostics;
using CamTest.History.Recording;
using CamTest.IO;

namespace CamTest.History.Tests;

public sealed class RunReaderTests
{
    [Fact]
    public void Every_quantity_is_a_figure_under_its_dotted_path_including_sections_the_model_does_not_know_yet()
    {
        JsonObject doc = SyntheticResults.Document();
        doc["futureSection"] = new JsonObject { ["deeper"] = new JsonObject { ["thing"] = SyntheticResults.Quantity(1.5, "widgets", 0.25) } };

        RecordedRun run = RunReader.Read(SyntheticResults.Text(doc), "results.json");

        Dictionary<string, Figure> f = run.Figures.ToDictionary(x => x.Key);
        Assert.Equal(5.01, f["gain.systemGain"].Value);
        Assert.Equal(0.02, f["gain.systemGain"].StdErr);
        Assert.Equal("e-/ADU", f["gain.systemGain"].Unit);
        Assert.Equal(300, f["emGain.factor"].Value);
        Assert.Equal(1.5, f["futureSection.deeper.thing"].Value);
        Assert.Equal("widgets", f["futureSection.deeper.thing"].Unit);
        // Arrays hold per-level details (photon transfer levels), not figures of the camera.
        Assert.DoesNotContain(f.Keys, k => k.Contains("points", StringComparison.Ordinal));
    }

    [Fact]
    public void Hot_pixel_counts_are_figures_with_the_poisson_error_of_a_count()
    {
        RecordedRun run = RunReader.Read(SyntheticResults.Text(SyntheticResults.Document()), "results.json");

        Figure count = run.Figures.Single(x => x.Key == "hotPixels.count");
        Assert.Equal(16, count.Value);
        Assert.Equal(4, count.StdErr); // sqrt(16)
        Assert.Equal("pixels", count.Unit);
    }

    [Fact]
    public void A_count_written_as_an_exact_quantity_still_gets_the_poisson_error()
    {
        JsonObject doc = SyntheticResults.Document();
        doc["hotPixels"]!["count"] = SyntheticResults.Quantity(25, "pixel", 0);

        Figure count = RunReader.Read(SyntheticResults.Text(doc), "results.json").Figures.Single(x => x.Key == "hotPixels.count");

        Assert.Equal((25.0, 5.0), (count.Value, count.StdErr!.Value));
    }

    [Fact]
    public void A_quantity_written_as_null_is_no_figure()
    {
        JsonObject doc = SyntheticResults.Document();
        doc["readNoise"]!["median"] = new JsonObject { ["value"] = null, ["unit"] = "e-", ["stderr"] = null };

        RecordedRun run = RunReader.Read(SyntheticResults.Text(doc), "results.json");

        Assert.DoesNotContain(run.Figures, x => x.Key == "readNoise.median");
    }

    [Fact]
    public void Reads_camera_identity_times_and_conditions_from_the_run_record()
    {
        RecordedRun run = RunReader.Read(SyntheticResults.Text(SyntheticResults.Document()), "results.json");

        Assert.Equal("serial:SN-1", run.Camera.Key);
        Assert.Equal(new DateTimeOffset(2026, 3, 15, 10, 0, 0, TimeSpan.Zero), run.Acquired);
        Assert.Equal(-80, run.Conditions.TemperatureC);
        Assert.Equal(300, run.Conditions.EmGainSetPoint);
        Assert.Equal(16, run.Conditions.BitDepth);
    }

    [Fact]
    public void Results_written_before_the_run_record_read_with_acquisition_unknown_and_conditions_from_the_figures()
    {
        RecordedRun run = RunReader.Read(SyntheticResults.Text(SyntheticResults.Document(acquired: null)), "old.json");

        Assert.Null(run.Acquired);
        Assert.Equal(300, run.Conditions.EmGainSetPoint); // emGain.setPoint
        Assert.Equal(16, run.Conditions.BitDepth); // camera.bitDepth
    }

    [Fact]
    public void The_content_hash_ignores_layout_and_key_order_but_not_a_changed_figure()
    {
        JsonObject doc = SyntheticResults.Document();
        string indented = SyntheticResults.Text(doc);
        var reordered = new JsonObject();
        foreach (KeyValuePair<string, JsonNode?> p in JsonNode.Parse(indented)!.AsObject().Reverse().ToList())
        {
            reordered[p.Key] = p.Value?.DeepClone();
        }

        string hash = RunReader.Read(indented, "a").ContentHash;
        Assert.Equal(hash, RunReader.Read(reordered.ToJsonString(), "b").ContentHash);
        Assert.NotEqual(hash, RunReader.Read(SyntheticResults.Text(SyntheticResults.Document(emGain: 299.99)), "c").ContentHash);
    }

    [Theory]
    [InlineData("{\"schema\": \"camtest.emva/2\", \"camera\": {\"name\": \"x\"}}", "history.other-schema")]
    [InlineData("{\"camera\": {\"name\": \"x\"}}", "history.other-schema")]
    [InlineData("[1, 2]", "history.not-results")]
    [InlineData("{\"schema\": \"camtest.results/1\"", "history.not-results")]
    [InlineData("{\"schema\": \"camtest.results/1\", \"camera\": {}}", "history.no-camera")]
    [InlineData("{\"schema\": \"camtest.results/1\", \"camera\": {\"name\": \"x\"}, \"run\": {\"acquired\": \"March\"}}", "history.bad-time")]
    public void Refuses_what_is_not_a_camtest_results_document_naming_the_file_and_the_code(string json, string code)
    {
        var ex = Assert.Throws<InvalidInputException>(() => RunReader.Read(json, "other.json"));

        Assert.StartsWith("other.json: ", ex.Message, StringComparison.Ordinal);
        Assert.Equal(code, ex.Code);
        Assert.Same(DiagnosticCatalog.Find(code), DiagnosticCatalog.Of(typeof(HistoryDiagnostics)).Single(c => c.Id == code));
    }
}
