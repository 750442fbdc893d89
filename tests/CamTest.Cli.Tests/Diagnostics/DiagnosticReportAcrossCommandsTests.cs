using System.Text.Json;
using System.Text.Json.Nodes;
using CamTest.Cli.Commands;
using CamTest.Core.Calculators;
using CamTest.Core.Diagnostics;
using CamTest.Core.Results;
using CamTest.Reporting.Json;

namespace CamTest.Cli.Tests.Diagnostics;

/// <summary>One set of diagnostics reads the same in every command's JSON: calc's printed JSON and results.json
/// (analyze, emva) both write <see cref="DiagnosticReport"/>'s digest.</summary>
public class DiagnosticReportAcrossCommandsTests
{
    // One kind at two levels (collapsed into one line), an exact repeat (dropped) and information (out of warnings[]).
    private static readonly Diagnostic[] Raised =
    [
        GainDiagnostics.FlatSaturated.Raise("flat_880ms.tif: saturated") with { Section = "flats", File = "flat_880ms.tif", ExposureMs = 880, Reason = "past the variance maximum" },
        GainDiagnostics.FlatSaturated.Raise("flat_720ms.tif: saturated") with { Section = "flats", File = "flat_720ms.tif", ExposureMs = 720, Reason = "past the variance maximum" },
        GainDiagnostics.NoGain.Raise("no gain") with { Section = "gain" },
        GainDiagnostics.NoGain.Raise("no gain") with { Section = "gain" },
        new DiagnosticCode("someModule.method", DiagnosticSeverity.Info, "method").Raise("the slope method was used"),
    ];

    [Fact]
    public void Calc_json_and_results_json_write_the_same_digest_of_the_same_diagnostics()
    {
        var calc = new CalculatorResult { Name = "test", Quantity = Quantity.Exact(1, Unit.One), Formula = "x", Diagnostics = Raised };
        JsonNode calcJson = JsonNode.Parse(JsonSerializer.Serialize(CalcOutput.ToJson(calc), CalcOutput.Readable))!;

        // results.json as analyze and emva write it (ResultsMapper fills both keys from the same digest).
        DiagnosticReport report = DiagnosticReport.Of(Raised);
        var results = new CameraResults { Diagnostics = report.Diagnostics, Warnings = report.Warnings };
        JsonNode resultsJson = JsonNode.Parse(JsonSerializer.Serialize(results, ResultsJson.Options))!;

        Assert.True(JsonNode.DeepEquals(resultsJson["diagnostics"], calcJson["diagnostics"]), calcJson["diagnostics"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(resultsJson["warnings"], calcJson["warnings"]), calcJson["warnings"]!.ToJsonString());
        Assert.Equal(3, resultsJson["diagnostics"]!.AsArray().Count);
        Assert.Equal(2, resultsJson["warnings"]!.AsArray().Count);
    }
}
