using System.Text.Json.Serialization;

namespace CamTest.History.Trends;

/// <summary>One figure over time, among runs whose conditions make it comparable (<see cref="SeriesConditions"/>).</summary>
/// <param name="Conditions">The conditions the runs share, in words ("EM gain set point 300"); empty when none matter.</param>
public sealed record TrendSeries(
    [property: JsonPropertyName("figure")] string Figure,
    [property: JsonPropertyName("conditions")] string Conditions,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("points")] IReadOnlyList<TrendPoint> Points,
    [property: JsonPropertyName("fit")] TrendFit? Fit)
{
    /// <summary>The figure with its conditions, as alarms and plots name the series.</summary>
    [JsonIgnore]
    public string Label => Conditions.Length == 0 ? Figure : $"{Figure} ({Conditions})";
}
