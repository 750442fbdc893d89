using CamTest.Core.Analysis;
using CamTest.Core.Diagnostics;
using CamTest.Core.Results;

namespace CamTest.Core.Session;

/// <summary>What <see cref="GainStage"/> leaves for the stages after it (saturation, PRNU): the section, the photon
/// transfer result, its points in the fit's order (by signal), the entry each point came from (same order), and the
/// diagnostics the stage raised (in the order raised).</summary>
public sealed record GainStageResult(
    GainSection? Section,
    PhotonTransferResult? Ptc,
    IReadOnlyList<PhotonTransferPoint> Points,
    IReadOnlyList<OpenedEntry> Entries,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>No gain (no flats with an offset, or too few levels to fit), for the reasons <paramref name="diagnostics"/> give.</summary>
    public static GainStageResult None(IReadOnlyList<Diagnostic> diagnostics) => new(null, null, [], [], diagnostics);
}
