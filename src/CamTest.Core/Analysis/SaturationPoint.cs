namespace CamTest.Core.Analysis;

/// <summary>
/// Where a photon transfer series saturates. Following EMVA 1288, saturation is the level of maximum temporal
/// variance: near full well or the ADC limit the distribution is clipped and the variance collapses. The series is
/// scanned from the brightest level down so that a noise spike at a low level is not taken for the maximum.
/// </summary>
public static class SaturationPoint
{
    /// <summary>Clipping of more than this fraction of pixels marks a level saturated whatever its variance.</summary>
    public const double ClippedFractionLimit = 1e-3;

    /// <summary>
    /// Index of the saturation level in <paramref name="points"/> (ordered by signal), or null when the variance still
    /// rises at the brightest level and nothing is clipped (saturation not reached).
    /// </summary>
    public static int? Find(IReadOnlyList<PhotonTransferPoint> points)
    {
        if (points.Count == 0)
        {
            return null;
        }

        int maxIndex = IndexOfMaximumVariance(points);
        bool clippedAtTop = points[^1].ClippedFraction > ClippedFractionLimit;
        bool varianceFellAfterMax = maxIndex < points.Count - 1;
        return clippedAtTop || varianceFellAfterMax ? maxIndex : null;
    }

    /// <summary>
    /// The EMVA 1288 reference rule: from the brightest level down, follow the variance while it (or the level below)
    /// still rises; the first clear fall ends the search. Always returns an index (the brightest level when the
    /// variance rises throughout).
    /// </summary>
    public static int IndexOfMaximumVariance(IReadOnlyList<PhotonTransferPoint> points) =>
        IndexOfMaximumVariance([.. points.Select(p => p.VarianceAdu2)]);

    /// <summary>The same rule on the temporal variances of levels ordered by irradiation (EMVA 1288 uses it too).</summary>
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
}
