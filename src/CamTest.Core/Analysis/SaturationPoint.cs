namespace CamTest.Core.Analysis;

/// <summary>
/// Where a series of light levels saturates, by the EMVA 1288 R4 rule: the level of maximum temporal variance, or the
/// last level before more than a small fraction of pixels (0.1 %) reach the top code, whichever comes first. Near full
/// well or the ADC limit the distribution is clipped and the variance collapses; a level with clipped pixels is past
/// saturation even while its variance still rises, so saturation is never the mean of clipped frames. One rule for
/// the protocol analysis (levels ordered by signal) and for <c>camtest emva</c> (points ordered by irradiation).
/// </summary>
public static class SaturationPoint
{
    /// <summary>Clipping of more than this fraction of pixels marks a level saturated whatever its variance.</summary>
    public const double ClippedFractionLimit = 1e-3;

    /// <summary>Which part of the rule decided the saturation level.</summary>
    public enum Rule
    {
        /// <summary>The variance rises to this level and falls after it.</summary>
        VarianceMaximum,

        /// <summary>The next level has more than 0.1 % of its pixels at the top code.</summary>
        BeforeClipping,

        /// <summary>The variance still rises at the brightest level and nothing is clipped: the brightest level stands in.</summary>
        NotReached,
    }

    /// <summary>
    /// Index of the saturation level in <paramref name="points"/> (ordered by signal), or null when saturation is not
    /// reached. Never a clipped level unless the first level is already clipped.
    /// </summary>
    public static int? Find(IReadOnlyList<PhotonTransferPoint> points)
    {
        if (points.Count == 0)
        {
            return null;
        }

        (int index, Rule rule) = Locate([.. points.Select(p => p.VarianceAdu2)], [.. points.Select(p => p.ClippedFraction)]);
        return rule == Rule.NotReached ? null : index;
    }

    /// <summary>
    /// The R4 rule on levels ordered by signal or irradiation: their temporal variances and the fraction of each one's
    /// pixel values at the top code. Always an index (the brightest level when not reached).
    /// </summary>
    public static Found Locate(IReadOnlyList<double> variances, IReadOnlyList<double> clippedFractions)
    {
        int varianceMax = IndexOfMaximumVariance(variances);
        int firstClipped = -1;
        for (int i = 0; i < clippedFractions.Count && firstClipped < 0; i++)
        {
            firstClipped = clippedFractions[i] > ClippedFractionLimit ? i : -1;
        }

        if (firstClipped >= 0 && firstClipped - 1 < varianceMax)
        {
            return new(Math.Max(firstClipped - 1, 0), Rule.BeforeClipping);
        }

        return varianceMax < variances.Count - 1 ? new(varianceMax, Rule.VarianceMaximum) : new(variances.Count - 1, Rule.NotReached);
    }

    /// <summary>
    /// The EMVA 1288 reference rule for the variance maximum: from the brightest level down, follow the variance while
    /// it (or the level below) still rises; the first clear fall ends the search, so a noise spike at a low level is
    /// not taken for the maximum. Always returns an index (the brightest level when the variance rises throughout).
    /// </summary>
    public static int IndexOfMaximumVariance(IReadOnlyList<double> variances)
    {
        double max = double.NegativeInfinity;
        int maxIndex = variances.Count - 1;
        for (int i = variances.Count - 1; i >= 0; i--)
        {
            double here = variances[i];
            double below = variances[Math.Max(i - 1, 0)];
            if (here >= max || below >= max)
            {
                max = here;
                maxIndex = i;
            }
            else
            {
                break;
            }
        }

        return maxIndex;
    }

    /// <summary>The saturation level's index among the levels, and which part of the rule decided it.</summary>
    public readonly record struct Found(int Index, Rule Rule)
    {
        /// <summary>False when the brightest level is taken for want of a saturated one.</summary>
        public bool Reached => Rule != Rule.NotReached;
    }
}
