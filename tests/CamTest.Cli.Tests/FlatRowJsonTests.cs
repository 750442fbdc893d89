using System.Text.Json;
using CamTest.Core.Maps;
using CamTest.Core.Results;
using CamTest.Reporting.Json;
using Xunit;

namespace CamTest.Cli.Tests;

/// <summary>
/// gain.points[] and darkCurrent.points[] rows, gain.linearity, bias.stability and a maps summary carry their figures
/// as Quantities (an unknown error is null in the model, not NaN) while results.json keeps writing them flat, with the
/// keys, order and nulls it always wrote (bias.stability adds maxDeviationAduStdErr).
/// </summary>
public class FlatRowJsonTests
{
    private static readonly JsonSerializerOptions Compact = new(ResultsJson.Options) { WriteIndented = false };

    [Fact]
    public void A_gain_point_is_written_flat_as_the_contract_has_it()
    {
        var point = new GainPoint(10, 600, 500, new Quantity(250.5, Unit.Adu2, 3.14), new Quantity(2.001, Unit.ElectronsPerAdu, 0.0123), false, true, 0.2);
        Assert.Equal(
            """{"exposureMs":10,"meanAdu":600,"signalAdu":500,"varianceAdu2":250.5,"varianceStdErr":3.14,"gainEPerAdu":2.001,"gainStdErr":0.0123,"saturated":false,"inFit":true,"deviationPercent":0.2}""",
            JsonSerializer.Serialize(point, Compact));
    }

    [Fact]
    public void Unknown_errors_and_missing_figures_are_written_null_and_read_back_unknown()
    {
        // No offset: no signal (NaN) and no single-point gain (null); a variance whose error could not be estimated.
        var point = new GainPoint(10, 600, double.NaN, Quantity.WithUnknownError(250.5, Unit.Adu2), null, false, true, 0.2);
        string json = JsonSerializer.Serialize(point, Compact);
        Assert.Equal(
            """{"exposureMs":10,"meanAdu":600,"signalAdu":null,"varianceAdu2":250.5,"varianceStdErr":null,"gainEPerAdu":null,"gainStdErr":null,"saturated":false,"inFit":true,"deviationPercent":0.2}""",
            json);
        GainPoint back = JsonSerializer.Deserialize<GainPoint>(json, Compact)!;
        Assert.Null(back.Variance.StdErr);
        Assert.Equal(250.5, back.Variance.Value);
        Assert.Equal(Unit.Adu2, back.Variance.Unit);
        Assert.Null(back.Gain);
        Assert.True(double.IsNaN(back.SignalAdu));
        Assert.True(back.InFit);

        // A dark level of one frame: its mean's error is unknown.
        var dark = new DarkCurrentPoint(1, Quantity.WithUnknownError(101.25, Unit.Adu), new Quantity(9.87, Unit.Adu2, 0.44));
        string darkJson = JsonSerializer.Serialize(dark, Compact);
        Assert.Equal("""{"exposureS":1,"meanAdu":101.25,"meanStdErr":null,"varianceAdu2":9.87,"varianceStdErr":0.44}""", darkJson);
        DarkCurrentPoint darkBack = JsonSerializer.Deserialize<DarkCurrentPoint>(darkJson, Compact)!;
        Assert.Null(darkBack.Mean.StdErr);
        Assert.Equal(new Quantity(9.87, Unit.Adu2, 0.44), darkBack.Variance);
    }

    [Fact]
    public void Known_errors_survive_a_round_trip_with_their_units()
    {
        var point = new GainPoint(5, 152.9, 52.8, new Quantity(47.35, Unit.Adu2, 0.26), new Quantity(1.116, Unit.ElectronsPerAdu, 0.0062), true, false, -0.14);
        GainPoint back = JsonSerializer.Deserialize<GainPoint>(JsonSerializer.Serialize(point, Compact), Compact)!;
        Assert.Equal(point, back);
    }

    [Fact]
    public void Linearity_is_written_flat_an_unknown_error_and_an_open_verdict_left_out_as_before()
    {
        var known = new LinearitySection(new Quantity(1.244, Unit.Percent, 0.546), 0.31, 1, true);
        string json = JsonSerializer.Serialize(known, Compact);
        Assert.Equal("""{"maxDeviationPercent":1.244,"maxDeviationStdErr":0.546,"noiseFloorPercent":0.31,"limitPercent":1,"pass":true}""", json);
        Assert.Equal(known, JsonSerializer.Deserialize<LinearitySection>(json, Compact));

        var open = new LinearitySection(Quantity.WithUnknownError(double.NaN, Unit.Percent), 0.31, 1, null);
        string openJson = JsonSerializer.Serialize(open, Compact);
        Assert.Equal("""{"maxDeviationPercent":null,"noiseFloorPercent":0.31,"limitPercent":1}""", openJson);
        LinearitySection back = JsonSerializer.Deserialize<LinearitySection>(openJson, Compact)!;
        Assert.Null(back.MaxDeviation.StdErr);
        Assert.Null(back.Pass);
    }

    [Fact]
    public void Bias_stability_writes_the_deviation_in_adu_flat_with_its_error_beside_it()
    {
        var stability = new BiasStabilitySection(
            new Quantity(0.001, Unit.AduPerFrame, 2e-5), new Quantity(0.0556, Unit.Adu, 0.0058), new Quantity(0.0655, Unit.Electron, 0.0069),
            Quantity.Exact(1, Unit.Electron), true)
        {
            Fit = new FittedLineSection(new Quantity(100, Unit.Adu, 0.001), new Quantity(0.001, Unit.AduPerFrame, 2e-5)),
        };
        string json = JsonSerializer.Serialize(stability, Compact);
        Assert.Equal(
            string.Concat(
                """{"drift":{"value":0.001,"unit":"ADU/frame","stderr":2E-05},"maxDeviationAdu":0.0556,"maxDeviationAduStdErr":0.0058,""",
                """ "maxDeviation":{"value":0.0655,"unit":"e-","stderr":0.0069},"limit":{"value":1,"unit":"e-","stderr":0},"pass":true,""".TrimStart(),
                """ "fit":{"intercept":{"value":100,"unit":"ADU","stderr":0.001},"slope":{"value":0.001,"unit":"ADU/frame","stderr":2E-05}}}""".TrimStart()),
            json);
        Assert.Equal(stability, JsonSerializer.Deserialize<BiasStabilitySection>(json, Compact));

        // Without a gain: no deviation in electrons and no verdict, both left out as before.
        var noGain = stability with { MaxDeviation = null, Pass = null, Fit = null };
        string noGainJson = JsonSerializer.Serialize(noGain, Compact);
        Assert.DoesNotContain("\"maxDeviation\"", noGainJson, StringComparison.Ordinal);
        Assert.DoesNotContain("\"pass\"", noGainJson, StringComparison.Ordinal);
        Assert.Equal(noGain, JsonSerializer.Deserialize<BiasStabilitySection>(noGainJson, Compact));
    }

    [Fact]
    public void A_maps_summary_writes_its_median_flat_and_an_unknown_error_as_null()
    {
        MapSummary summary = MapSummary.Of([1, 2, 3, 4, 5], MapFigures.Offset);
        string json = JsonSerializer.Serialize(summary, Compact);
        Assert.StartsWith("""{"unit":"ADU","pixels":5,"finite":5,"median":3,"percentiles":{""", json, StringComparison.Ordinal);
        Assert.Contains($"\"medianStdErr\":{JsonSerializer.Serialize(summary.Median.StdErr!.Value, Compact)},\"percentileStdErrs\":{{", json, StringComparison.Ordinal);
        MapSummary back = JsonSerializer.Deserialize<MapSummary>(json, Compact)!;
        Assert.Equal(summary.Median, back.Median);
        Assert.Equal(summary.Percentiles.Select(p => p.Value.Value), back.Percentiles.Select(p => p.Value.Value));
        Assert.Equal(JsonSerializer.Serialize(summary, Compact), JsonSerializer.Serialize(back, Compact));

        MapSummary empty = MapSummary.Of([double.NaN], MapFigures.Gain);
        string emptyJson = JsonSerializer.Serialize(empty, Compact);
        Assert.Contains("\"median\":null,", emptyJson, StringComparison.Ordinal);
        Assert.Contains("\"medianStdErr\":null,", emptyJson, StringComparison.Ordinal);
        Assert.Null(JsonSerializer.Deserialize<MapSummary>(emptyJson, Compact)!.Median.StdErr);
    }
}
