using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// results.json "statedVsMeasured[]": one measured figure beside the value the camera's Certificate of Performance
/// (manifest <c>camera.stated</c>) or its files (FITS EGAIN, RDNOISE) state, and how far apart they are.
/// </summary>
/// <param name="Figure">The results.json key of the measured figure ("gain.systemGain", "readNoise.rms", ...).</param>
/// <param name="Stated">The stated value, in the measured figure's unit.</param>
/// <param name="StatedFrom">Where it was stated: "session.json camera.stated.gainEPerAdu", or "FITS EGAIN (file)".</param>
/// <param name="Measured">The measured figure with its standard error.</param>
/// <param name="DifferencePercent">(measured - stated) / stated, in %.</param>
/// <param name="DifferenceInStdErrs">(measured - stated) / the measured figure's standard error; null when it has none.</param>
public sealed record StatedComparison(
    [property: JsonPropertyName("figure")] string Figure,
    [property: JsonPropertyName("stated")] double Stated,
    [property: JsonPropertyName("statedFrom")] string StatedFrom,
    [property: JsonPropertyName("measured")] Quantity Measured,
    [property: JsonPropertyName("differencePercent")] double DifferencePercent,
    [property: JsonPropertyName("differenceInStdErrs")] double? DifferenceInStdErrs);
