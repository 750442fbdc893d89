using System.Globalization;

namespace CamTest.Reporting.Plots;

/// <summary>
/// A linear axis: data range to pixel range, with "nice" ticks (steps of 1, 2 or 5 times a power of ten) that cover the
/// data. A range of zero width is widened around its value, so a constant series still gets a readable axis.
/// </summary>
public sealed class AxisScale
{
    private readonly double _pixelFrom;
    private readonly double _pixelTo;

    public AxisScale(double min, double max, double pixelFrom, double pixelTo, int targetTicks = 5)
    {
        if (!(max > min))
        {
            double pad = min == 0 ? 1 : Math.Abs(min) * 0.01;
            (min, max) = (min - pad, max + pad);
        }

        Step = NiceStep((max - min) / targetTicks);
        Min = Math.Floor(min / Step) * Step;
        Max = Math.Ceiling(max / Step) * Step;
        _pixelFrom = pixelFrom;
        _pixelTo = pixelTo;
    }

    public double Min { get; }

    public double Max { get; }

    public double Step { get; }

    /// <summary>The ticks from <see cref="Min"/> to <see cref="Max"/> (rounded to the step, so no 0.30000000000000004).</summary>
    public IEnumerable<double> Ticks()
    {
        int decimals = Decimals;
        for (double t = Min; t <= Max + (Step / 2); t += Step)
        {
            yield return Math.Round(t, decimals);
        }
    }

    /// <summary>The pixel coordinate of <paramref name="value"/>.</summary>
    public double Pixel(double value) => _pixelFrom + ((value - Min) / (Max - Min) * (_pixelTo - _pixelFrom));

    /// <summary>A tick label with as many decimals as the step needs.</summary>
    public string Label(double value) => value.ToString($"F{Decimals}", CultureInfo.InvariantCulture);

    private int Decimals => Math.Clamp(-(int)Math.Floor(Math.Log10(Step)), 0, 12);

    private static double NiceStep(double rough)
    {
        double power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        double fraction = rough / power;
        return power * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10);
    }
}
