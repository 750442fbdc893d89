using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>A fitted straight line y = intercept + slope x, kept so the data sheet can draw it over its points.</summary>
public sealed record EmvaLine(
    [property: JsonPropertyName("intercept")] double Intercept,
    [property: JsonPropertyName("slope")] double Slope)
{
    public double At(double x) => Intercept + (Slope * x);
}
