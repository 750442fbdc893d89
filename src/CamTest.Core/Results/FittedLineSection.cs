using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// A fitted straight line y = intercept + slope x as results.json carries it, each parameter with its standard error,
/// so a plot draws the analysis's own line rather than refitting it.
/// </summary>
public sealed record FittedLineSection(
    [property: JsonPropertyName("intercept")] Quantity Intercept,
    [property: JsonPropertyName("slope")] Quantity Slope)
{
    public double At(double x) => Intercept.Value + (Slope.Value * x);
}
