using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// results.json "gain.linearity": the protocol's 1 % criterion on the mean-variance line. The largest deviation is a
/// <see cref="Quantity"/> (an unknown error is unknown, null); the contract writes it flat, value and standard error
/// side by side, as the section always had it (<see cref="LinearitySectionJsonConverter"/>).
/// </summary>
/// <param name="MaxDeviation">Largest distance of a fitted level's variance from the line, % of the line, with that
/// level's variance error through the deviation (Fitting.LineDeviation).</param>
/// <param name="NoiseFloorPercent">Deviation expected from noise alone: a verdict is only meaningful well above it.</param>
/// <param name="Pass">True within 1 %, false when a level is significantly beyond it, null when noise leaves it open.</param>
[JsonConverter(typeof(LinearitySectionJsonConverter))]
public sealed record LinearitySection(Quantity MaxDeviation, double NoiseFloorPercent, double LimitPercent, bool? Pass);
