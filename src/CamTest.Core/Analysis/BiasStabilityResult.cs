using CamTest.Core.Fitting;
using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>The bias level and how steady it stays over a stack.</summary>
/// <param name="Level">Mean of the frame means, ADU.</param>
/// <param name="Drift">Slope of frame mean against frame number, ADU per frame.</param>
/// <param name="MaxDeviationAdu">Largest |frame mean - level|, ADU, its error the single-frame scatter.</param>
/// <param name="MaxDeviationElectrons">The same in electrons, when the gain is known.</param>
/// <param name="Fit">The line through the frame means.</param>
public sealed record BiasStabilityResult(
    Quantity Level,
    Quantity Drift,
    Quantity MaxDeviationAdu,
    Quantity? MaxDeviationElectrons,
    LineFit Fit)
{
    /// <summary>
    /// Pass, fail, or null when the gain is unknown and the deviation cannot be put in electrons. The limit is the
    /// protocol's one declaration (<see cref="ProtocolCriteria.BiasDeviation"/>), the one the report shows.
    /// </summary>
    public bool? Pass => MaxDeviationElectrons is { } e ? ProtocolCriteria.BiasDeviation.IsMetBy(e.In(ProtocolCriteria.BiasDeviation.Unit).Value) : null;
}
