using CamTest.Core.Analysis;
using CamTest.Core.Results;

namespace CamTest.Core.Session;

/// <summary>What <see cref="GainStage"/> leaves for the stages after it (saturation, PRNU): the section, the photon
/// transfer result, its points in the fit's order (by signal), and the entry each point came from (same order).</summary>
public sealed record GainStageResult(
    GainSection? Section,
    PhotonTransferResult? Ptc,
    IReadOnlyList<PhotonTransferPoint> Points,
    IReadOnlyList<OpenedEntry> Entries)
{
    /// <summary>No gain: no flats with an offset, or too few levels to fit.</summary>
    public static GainStageResult None { get; } = new(null, null, [], []);
}
