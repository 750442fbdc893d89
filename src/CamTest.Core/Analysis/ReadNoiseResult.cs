using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>
/// The read noise as the pairs (or a calibration map) measure it, in ADU; in electrons through
/// <see cref="InElectrons"/>, the one place the gain is applied (results.json's <c>readNoise</c> is filled from it by
/// <c>Session.ResultsMapper</c>).
/// </summary>
/// <param name="RmsAdu">sqrt(mean pair variance - 1/12 ADU^2): the sensor's read noise in ADU.</param>
/// <param name="DarkNoiseAdu">What the pairs measure before that correction: std(A - B)/sqrt 2 (EMVA's sigma_y.dark).</param>
/// <param name="MedianAdu">Median over pixels of the per-pixel temporal noise; null with too few frames or when
/// quantisation-limited.</param>
/// <param name="Pairs">Frame pairs the rms was averaged over (0 for a map).</param>
/// <param name="QuantisationLimited">The measured variance is under EMVA 1288's 0.24 ADU^2 floor: the figures are the
/// ADC's resolution, an upper bound.</param>
public sealed record ReadNoiseResult(Quantity RmsAdu, Quantity DarkNoiseAdu, Quantity? MedianAdu, int Pairs, bool QuantisationLimited)
{
    /// <summary>The exposure of the dark pair the figures come from, ms, when no bias pair gave them; null otherwise.</summary>
    public double? FromDarkPairMs { get; init; }

    /// <summary>An ADU figure of this result in electrons (times the gain, its error carried); null without a gain.</summary>
    public static Quantity? InElectrons(Quantity? adu, Quantity? gain) => adu is null || gain is null ? null : adu * gain;
}
