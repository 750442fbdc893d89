using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// A spectrogram of EMVA 1288: the power spectrum of every row (horizontal) or every column (vertical) of an averaged
/// image, its mean taken off, averaged over rows (columns), shown as the standard deviation per frequency
/// sqrt(|X_k|^2 / N): white noise of standard deviation s is flat at s, and the mean over all N frequencies of the
/// power is the image's variance (Parseval). Periodic patterns stand out as peaks, row or column stripes at frequency 0.
/// Frequencies run from 0 to 0.5 cycles per pixel. The values are in the unit given (DN, or percent of the mean signal).
/// </summary>
public sealed record EmvaSpectrogram(
    [property: JsonPropertyName("frequencyCyclesPerPixel")] IReadOnlyList<double> Frequency,
    [property: JsonPropertyName("values")] IReadOnlyList<double> Values,
    [property: JsonPropertyName("unit")] Unit Unit);
