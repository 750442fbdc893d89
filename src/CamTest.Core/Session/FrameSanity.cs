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
        var stack = new StackUnderCheck(entry.Label, entry.Section, summary.TopCode, summary.TopCodeFraction);
        for (int f = 0; f < summary.FrameMoments.Count; f++)
        {
            IMoments m = summary.FrameMoments[f];
            CheckFrame(stack, f, m.Min, m.Max);
        }

        for (int p = 0; p < summary.Pairs.Count; p++)
        {
            CheckPair(stack, 2 * p, summary.Pairs[p], summary.FrameMoments[2 * p]);
        }
    }

    /// <summary>Refuses a frame of one code everywhere, unless that code is the stack's (non-zero) top code.</summary>
    public static void CheckFrame(StackUnderCheck stack, int frame, double min, double max)
    {
        bool blank = min == max && !(max > 0 && max >= stack.TopCode);
        if (blank)
        {
            throw SessionDiagnostics.BlankFrame.Refuse(stack.Label, string.Create(CultureInfo.InvariantCulture,
                $"{stack.Section}: frame {frame} holds code {min} in every pixel (a blank or all-zero buffer, not an image); nothing can be measured from it"));
        }
    }

    /// <summary>Refuses a pair (frames <paramref name="firstFrame"/> and the next) whose difference is zero everywhere.</summary>
    /// <remarks>Above <see cref="SaturatedFraction"/> of the stack's values on its top code the pair is a saturated
    /// flat, whose few values left below the top code are squeezed by the clipping and may well repeat (EMVA set 002's
    /// brightest pair, cropped, does).</remarks>
    public static void CheckPair(StackUnderCheck stack, int firstFrame, PairDifference pair, IMoments first)
    {
        bool saturated = (first.Min == first.Max && first.Max > 0 && first.Max >= stack.TopCode) || stack.TopCodeFraction > SaturatedFraction;
        if (pair.Difference.Count > 1 && pair.Difference.Min == 0 && pair.Difference.Max == 0 && !saturated)
        {
            throw SessionDiagnostics.IdenticalFrames.Refuse(stack.Label,
                $"{stack.Section}: frames {firstFrame} and {firstFrame + 1} are identical pixel for pixel (a driver returning one buffer twice); their temporal noise cannot be measured");
        }
    }
}
