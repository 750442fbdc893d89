using System.Text.Json.Serialization;
using CamTest.History.Recording;

namespace CamTest.History.Trends;

/// <summary>
/// A figure that has changed beyond its errors (<see cref="AlarmRules"/>): which figure and series, the rule, the run at
/// which it first fired, the runs it compared, and the size of the change.
/// </summary>
/// <param name="Rule">"em-gain-fall-off", "rising" or "drifting".</param>
/// <param name="FirstRun">The run at which the rule first held, reading the runs in time order.</param>
/// <param name="Runs">The runs behind the verdict: the first and that run (EM gain), or every run fitted up to it.</param>
/// <param name="Change">From the first run to <paramref name="FirstRun"/>, with its standard error, in the figure's unit.</param>
/// <param name="ChangePercent">The change as a percentage of the first run's (measured or fitted) value; null where that
/// value is not clearly above zero.</param>
/// <param name="Significance">The change in standard errors (of the difference, or of the fitted slope); null where the
/// change has no standard error (a run that states none).</param>
public sealed record Alarm(
    [property: JsonPropertyName("figure")] string Figure,
    [property: JsonPropertyName("conditions")] string Conditions,
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("firstRun")] long FirstRun,
    [property: JsonPropertyName("firstAcquired")] DateTimeOffset FirstAcquired,
    [property: JsonPropertyName("runs")] IReadOnlyList<long> Runs,
    [property: JsonPropertyName("change")] Figure Change,
    [property: JsonPropertyName("changePercent")] double? ChangePercent,
    [property: JsonPropertyName("significance")] double? Significance,
    [property: JsonPropertyName("message")] string Message);
