using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// One row of results.json <c>darkCurrent.points[]</c>: a dark exposure's mean and temporal variance, hot pixels left
/// out, each a <see cref="Quantity"/> (the mean's error is unknown, null, for a single frame); the contract writes the
/// row flat, value and standard error side by side (<see cref="DarkCurrentPointJsonConverter"/>).
/// </summary>
[JsonConverter(typeof(DarkCurrentPointJsonConverter))]
public sealed record DarkCurrentPoint(double ExposureS, Quantity Mean, Quantity Variance);
