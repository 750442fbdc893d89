using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// One row of results.json <c>gain.points[]</c>: a light level and the protocol's single-point gain there. The figures
/// with an error are <see cref="Quantity"/>s, so an unknown error is unknown (null) here; the contract writes the row
/// flat, value and standard error side by side (<see cref="GainPointJsonConverter"/>).
/// </summary>
/// <param name="SignalAdu">Mean above the offset; NaN when no offset was subtracted (the contract has no number then).</param>
/// <param name="Variance">Temporal variance, ADU^2, with its standard error.</param>
/// <param name="Gain">Single-point gain, e-/ADU, with its standard error; null when no offset was subtracted.</param>
/// <param name="DeviationPercent">The variance's deviation from the fitted line, % of the line.</param>
[JsonConverter(typeof(GainPointJsonConverter))]
public sealed record GainPoint(
    double ExposureMs,
    double MeanAdu,
    double SignalAdu,
    Quantity Variance,
    Quantity? Gain,
    bool Saturated,
    bool InFit,
    double DeviationPercent);
