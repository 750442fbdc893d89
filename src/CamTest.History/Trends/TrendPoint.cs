using System.Text.Json.Serialization;

namespace CamTest.History.Trends;

/// <summary>One run's value of a figure, placed on the series' time axis.</summary>
/// <param name="Months">Time since the series' first run, in mean calendar months (<see cref="TrendPoint.DaysPerMonth"/> days).</param>
public sealed record TrendPoint(
    [property: JsonPropertyName("run")] long RunId,
    [property: JsonPropertyName("acquired")] DateTimeOffset Acquired,
    [property: JsonPropertyName("months")] double Months,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("stderr")] double? StdErr)
{
    /// <summary>The mean Gregorian month, days: the unit of every slope "per month".</summary>
    public const double DaysPerMonth = 365.2425 / 12;
}
