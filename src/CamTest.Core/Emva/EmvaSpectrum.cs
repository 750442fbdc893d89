using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// A spectrogram as <see cref="EmvaSpectrogramTransform"/> computes it: the standard deviation per frequency (0 to 0.5
/// cycles per pixel) of the rows' or columns' power spectra, in <paramref name="Unit"/>. The analysis's own form;
/// <c>ResultsMapper.Emva</c> writes results.json's <c>emva.spectrograms</c> from it.
/// </summary>
public sealed record EmvaSpectrum(IReadOnlyList<double> Frequency, IReadOnlyList<double> Values, Unit Unit);
