using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// One measured figure: value, unit and the standard error of the estimate. Serialised as
/// <c>{"value": x, "unit": "...", "stderr": s}</c> (the results.json contract); stderr is left out only when it
/// cannot be estimated from the data.
/// </summary>
public sealed record Quantity(
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("stderr")] double? StdErr)
{
    /// <summary>Relative standard error (stderr / |value|), or null when either is unknown or the value is zero.</summary>
    [JsonIgnore]
    public double? RelativeStdErr => StdErr is double s && Value != 0 ? s / Math.Abs(Value) : null;

    /// <summary>The product of two independent estimates, with first-order error propagation.</summary>
    public Quantity Times(Quantity other, string unit) =>
        new(Value * other.Value, unit, CombineRelative(Value * other.Value, RelativeStdErr, other.RelativeStdErr));

    public override string ToString() =>
        StdErr is double s ? $"{Value:G5} ± {s:G2} {Unit}" : $"{Value:G5} {Unit}";

    private static double? CombineRelative(double value, double? a, double? b) =>
        a is double ra && b is double rb ? Math.Abs(value) * Math.Sqrt((ra * ra) + (rb * rb)) : null;
}
