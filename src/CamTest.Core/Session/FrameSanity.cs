using System.Globalization;
using CamTest.Core.Diagnostics;
using CamTest.Core.Statistics;

namespace CamTest.Core.Session;

/// <summary>
/// Frames no camera produces while looking at anything: a frame of one code everywhere (all zero, a blank buffer) and
/// a pair whose two frames are identical (a driver returning one buffer twice). Either makes every noise figure zero
/// and every gain infinite, so the stack is refused naming the file and the frames. A frame that sits on the stack's
/// top code everywhere is a fully saturated flat, which a photon transfer series reaches on purpose: it is allowed.
/// </summary>
public static class FrameSanity
{
    /// <summary>Fraction of values on the top code above which a stack is a saturated flat, exempt from the identity check.</summary>
    public const double SaturatedFraction = 0.5;

    /// <summary>Checks every frame and pair of a reduced stack.</summary>
    public static void Check(OpenedEntry entry, StackSummary summary)
    {
        for (int f = 0; f < summary.FrameMoments.Count; f++)
        {
            IMoments m = summary.FrameMoments[f];
            CheckFrame(entry.Label, entry.Section, f, m.Min, m.Max, summary.TopCode);
        }

        for (int p = 0; p < summary.Pairs.Count; p++)
        {
            CheckPair(entry.Label, entry.Section, 2 * p, summary.Pairs[p], summary.FrameMoments[2 * p], summary.TopCode, summary.TopCodeFraction);
        }
    }

    /// <summary>Refuses a frame of one code everywhere, unless that code is the stack's (non-zero) top code.</summary>
    public static void CheckFrame(string label, string section, int frame, double min, double max, double topCode)
    {
        bool blank = min == max && !(max > 0 && max >= topCode);
        if (blank)
        {
            throw SessionDiagnostics.BlankFrame.Refuse(label, string.Create(CultureInfo.InvariantCulture,
                $"{section}: frame {frame} holds code {min} in every pixel (a blank or all-zero buffer, not an image); nothing can be measured from it"));
        }
    }

    /// <summary>Refuses a pair (frames <paramref name="firstFrame"/> and the next) whose difference is zero everywhere.</summary>
    /// <param name="topCodeFraction">The stack's fraction of values piled on its top code: above
    /// <see cref="SaturatedFraction"/> the pair is a saturated flat, whose few values left below the top code are
    /// squeezed by the clipping and may well repeat (EMVA set 002's brightest pair, cropped, does).</param>
    public static void CheckPair(string label, string section, int firstFrame, PairDifference pair, IMoments first, double topCode, double topCodeFraction)
    {
        bool saturated = (first.Min == first.Max && first.Max > 0 && first.Max >= topCode) || topCodeFraction > SaturatedFraction;
        if (pair.Difference.Count > 1 && pair.Difference.Min == 0 && pair.Difference.Max == 0 && !saturated)
        {
            throw SessionDiagnostics.IdenticalFrames.Refuse(label,
                $"{section}: frames {firstFrame} and {firstFrame + 1} are identical pixel for pixel (a driver returning one buffer twice); their temporal noise cannot be measured");
        }
    }
}
