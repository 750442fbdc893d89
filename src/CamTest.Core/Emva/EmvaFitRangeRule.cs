using CamTest.Core.Analysis;

namespace CamTest.Core.Emva;

/// <summary>The EMVA 1288 rule that picks a fit's points (<see cref="EmvaPointRange"/>) by their signal as a fraction of the
/// signal at saturation.</summary>
public static class EmvaFitRangeRule
{
    /// <summary>
    /// Points from the first whose signal reaches <paramref name="from"/> x the saturation signal to the last at or below
    /// <paramref name="to"/> x it; null when no point lies in between.
    /// </summary>
    public static EmvaPointRange? Of(IReadOnlyList<EmvaPoint> points, SaturationPoint.Found saturation, double from, double to)
    {
        double top = points[saturation.Index].Signal.Value;
        int first = -1, last = -1;
        for (int i = 0; i <= saturation.Index; i++)
        {
            double s = points[i].Signal.Value;
            if (first < 0 && s >= from * top)
            {
                first = i;
            }

            if (s <= to * top)
            {
                last = i;
            }
        }

        return first < 0 || last < first ? null : new EmvaPointRange(first, last, from, to, points[first].Signal.Value, points[last].Signal.Value);
    }
}
