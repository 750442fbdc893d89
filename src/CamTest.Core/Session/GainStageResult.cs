using CamTest.Core.Analysis;
using CamTest.Core.Diagnostics;
using CamTest.Core.Results;

namespace CamTest.Core.Session;

/// <summary>What <see cref="GainStage"/> found, for results.json's <c>gain</c> (<see cref="ResultsMapper.Gain"/>) and
/// the stages after it (saturation, PRNU): the photon transfer result, the mean of the single-point gains, whether an
/// offset was subtracted, its points in the fit's order (by signal), the flat each point came from with its reduction
/// (same order; the PRNU stage takes the chosen level's frame means from it rather than work them out again), and
/// the diagnostics the stage raised (in the order raised).</summary>
/// <param name="Ptc">Null when there is no gain (no flats with an offset, or too few levels to fit).</param>
/// <param name="SinglePointGain">Mean of the fitted levels' single-point gains with its standard error; null with fewer
/// than two such levels.</param>
/// <param name="OffsetSubtracted">False when neither a bias nor matching darks were given: the slope (the gain) and the
/// linearity do not need the offset, but the single-point gains, the signal and the intercept do.</param>
public sealed record GainStageResult(
    PhotonTransferResult? Ptc,
    Quantity? SinglePointGain,
    bool OffsetSubtracted,
    IReadOnlyList<PhotonTransferPoint> Points,
    IReadOnlyList<ReducedFlat> Flats,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>No gain (no flats with an offset, or too few levels to fit), for the reasons <paramref name="diagnostics"/> give.</summary>
    public static GainStageResult None(IReadOnlyList<Diagnostic> diagnostics) => new(null, null, false, [], [], diagnostics);
}
