using CamTest.Core.Analysis;
using CamTest.Core.Diagnostics;

namespace CamTest.Core.Session;

/// <summary>What <see cref="PrnuStage"/> found: the PRNU of one flat level and that level's exposure (no result when
/// not measured), and the diagnostics the stage raised.</summary>
public sealed record PrnuStageResult(PrnuResult? Result, double ExposureMs, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>No PRNU, for the reasons <paramref name="diagnostics"/> give (none when there was nothing to measure it on).</summary>
    public static PrnuStageResult None(IReadOnlyList<Diagnostic> diagnostics) => new(null, double.NaN, diagnostics);
}
