using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>One dark exposure reduced from a pair (or more) of dark frames, hot pixels already left out (results.json
/// writes it as a <see cref="DarkCurrentPoint"/>).</summary>
/// <param name="ExposureS">Exposure, seconds.</param>
/// <param name="Mean">Mean dark grey value, ADU, with the standard error from the spread of frame means (unknown for one frame).</param>
/// <param name="Variance">Temporal variance from pair differences, ADU^2, with its standard error.</param>
public sealed record DarkLevel(double ExposureS, Quantity Mean, Quantity Variance)
{
    /// <summary>A level from plain numbers; a NaN error is read as unknown.</summary>
    public static DarkLevel Of(double exposureS, double meanAdu, double meanStdErr, double varianceAdu2, double varianceStdErr) =>
        new(exposureS, new Quantity(meanAdu, Unit.Adu, meanStdErr), new Quantity(varianceAdu2, Unit.Adu2, varianceStdErr));

    public double MeanAdu => Mean.Value;

    public double VarianceAdu2 => Variance.Value;
}
