using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// Counts an EMVA 1288 defect-pixel histogram (<see cref="EmvaDefectHistogram"/>): at most <see cref="MaxBins"/> bins, as
/// wide as a whole number of <c>quantum</c> (the step of an average of L integer frames, 1/L) so no bin is empty by
/// construction.
/// </summary>
public static class EmvaHistogramCounter
{
    public const int MaxBins = 256;

    /// <param name="deviations">Each pixel's deviation from the mean, in <paramref name="unit"/>.</param>
    /// <param name="quantum">The smallest step the values take (0 for continuous values).</param>
    public static EmvaDefectHistogram Of(double[] deviations, double quantum, Unit unit)
    {
        double min = deviations.Min(), max = deviations.Max();
        double width = WidthFor(max - min, quantum);
        int bins = Math.Max(1, (int)Math.Floor((max - min) / width) + 1);
        var counts = new long[bins];
        foreach (double d in deviations)
        {
            counts[Math.Min((int)Math.Floor((d - min) / width), bins - 1)]++;
        }

        double mean = deviations.Average();
        double sd = Math.Sqrt(deviations.Sum(d => (d - mean) * (d - mean)) / Math.Max(deviations.Length - 1, 1));
        double[] lower = [.. Enumerable.Range(0, bins).Select(b => min + (b * width))];
        double[] model = [.. lower.Select(x => Normal(x + (width / 2), mean, sd) * width * deviations.Length)];
        (double[] from, double[] percent) = Accumulated(deviations, mean, quantum);
        return new EmvaDefectHistogram(lower, width, counts, model, from, percent, unit);
    }

    /// <summary>
    /// Percent of pixels with |deviation - mean| at or above each threshold, thresholds from 0 to the largest in steps of
    /// one bin: counted into bins of |deviation| and summed from the top (no sort of a million values).
    /// </summary>
    private static AccumulatedPercent Accumulated(double[] deviations, double mean, double quantum)
    {
        double largest = 0;
        foreach (double d in deviations)
        {
            largest = Math.Max(largest, Math.Abs(d - mean));
        }

        double width = WidthFor(largest, quantum);
        int steps = Math.Max(1, (int)Math.Floor(largest / width) + 1);
        var counts = new long[steps];
        foreach (double d in deviations)
        {
            counts[Math.Min((int)Math.Floor(Math.Abs(d - mean) / width), steps - 1)]++;
        }

        var from = new double[steps];
        var percent = new double[steps];
        long atOrAbove = 0;
        for (int s = steps - 1; s >= 0; s--)
        {
            atOrAbove += counts[s];
            from[s] = s * width;
            percent[s] = 100.0 * atOrAbove / deviations.Length;
        }

        return new(from, percent);
    }

    private static double WidthFor(double range, double quantum)
    {
        double width = range <= 0 ? 1 : range / (MaxBins - 1);
        return quantum > 0 ? Math.Max(quantum, Math.Ceiling(width / quantum) * quantum) : width;
    }

    private static double Normal(double x, double mean, double sd) =>
        sd > 0 ? Math.Exp(-0.5 * ((x - mean) / sd) * ((x - mean) / sd)) / (sd * Math.Sqrt(2 * Math.PI)) : 0;

    /// <summary>Percent of pixels at or beyond each distance from the mean (<see cref="Accumulated"/>).</summary>
    private readonly record struct AccumulatedPercent(double[] From, double[] Percent);
}
