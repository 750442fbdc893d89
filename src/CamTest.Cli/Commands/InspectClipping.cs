using System.Globalization;
using CamTest.Core.Diagnostics;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Cli.Commands;

/// <summary>
/// Whether a file's pixels pile up at a maximum below the top code its bit depth allows: a 12-bit ADC's saturated
/// frame in 16-bit words reads 4095, not 65535, so "nothing at the top code" would wrongly say it is not clipped. The
/// user is warned (<see cref="InspectDiagnostics.NarrowAdcPileUp"/>) with the fraction and the two codes.
/// </summary>
public static class InspectClipping
{
    /// <summary>EMVA 1288 R4 calls a level saturated when 0.1-0.2 % of pixels reach the top; that many at one maximum is a pile-up (the saturation rule's own limit).</summary>
    public const double PileUp = CamTest.Core.Analysis.SaturationPoint.ClippedFractionLimit;

    /// <param name="percentAtMax">The fraction at the maximum, as the report writes it.</param>
    public static Diagnostic? Warning(StackInfo info, CodeExtremes codes, string percentAtMax) =>
        codes.TopCode is double top && codes.Max < top && codes.MaxFraction >= PileUp
            ? InspectDiagnostics.NarrowAdcPileUp.Raise(string.Format(CultureInfo.InvariantCulture,
                "{0} of the pixels sit at the maximum {1:G6}, below the top code {2:G6}: clipped by an ADC narrower than the file's {3} bits?",
                percentAtMax, codes.Max, top, info.BitDepth)) with { Section = "inspect", File = info.Path }
            : null;
}
