using CamTest.Core.Analysis;
using CamTest.Core.Diagnostics;
using CamTest.IO.Session;

namespace CamTest.Core.Session;

/// <summary>
/// Everything <see cref="SessionAnalysis"/> found in one session, each in its analysis's own terms, for
/// <see cref="ResultsMapper.Session"/> to write as results.json. Null where the data did not allow the analysis.
/// </summary>
/// <param name="Manifest">The session as the user described it (camera, stated values, conditions).</param>
/// <param name="Opened">The opened stacks (their metadata fill the run record and the stated values from files).</param>
/// <param name="BitDepth">The ADC's native bit depth, as checked against the data.</param>
/// <param name="LeftShift">Bits the codes were shifted left in their words (0 for native codes).</param>
/// <param name="Analysed">When the analysis ran (results.json "run.analysed").</param>
/// <param name="Diagnostics">What the stages raised, in the order they ran.</param>
public sealed record SessionFindings(
    SessionManifest Manifest, OpenedSession Opened, int BitDepth, int LeftShift, DateTimeOffset Analysed, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The bias as the zero of the other stacks.</summary>
    public BiasReference? Bias { get; init; }

    /// <summary>The bias level's stability over the stack; null below 3 frames.</summary>
    public BiasStabilityResult? BiasStability { get; init; }

    /// <summary>The averaged bias as block means and profiles; null without a bias map.</summary>
    public BiasPatternResult? BiasPattern { get; init; }

    public ReadNoiseResult? ReadNoise { get; init; }

    /// <summary>The flats' photon transfer curve (its <see cref="GainStageResult.Ptc"/> null when there is no gain).</summary>
    public GainStageResult? Gain { get; init; }

    public DarkCurrentResult? DarkCurrent { get; init; }

    /// <summary>Hot pixels in the long darks (taken at <see cref="OpenedSession.HotPixels"/>'s exposure).</summary>
    public HotPixelResult? HotPixels { get; init; }

    public SaturationResult? Saturation { get; init; }

    /// <summary>The averaged bias's fixed pattern.</summary>
    public FixedPatternResult? FixedPattern { get; init; }

    /// <summary>The PRNU of one flat level (its <see cref="PrnuStageResult.Result"/> null when not measured).</summary>
    public PrnuStageResult? Prnu { get; init; }

    public EmGainResult? EmGain { get; init; }

    public StackTiming? Timing { get; init; }
}
