using System.Text.Json;
using CamTest.Core.Results;
using CamTest.Reporting.Json;
using Xunit;

namespace CamTest.Cli.Tests;

/// <summary>
/// gain.points[] and darkCurrent.points[] rows carry their figures as Quantities (an unknown error is null in the
/// model, not NaN) while results.json keeps writing them flat, with the keys, order and nulls it always wrote.
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
}
