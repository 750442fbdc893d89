using System.Globalization;

namespace CamTest.Reporting.Plots;

/// <summary>
/// A linear axis: data range to pixel range, with "nice" ticks (steps of 1, 2 or 5 times a power of ten) that cover the
/// data. A range of (nearly) zero width is widened around its value, so a constant series still gets a readable axis.
/// </summary>
public sealed class AxisScale
{
    private readonly double _pixelFrom;
    private readonly double _pixelTo;

    public AxisScale(double min, double max, double pixelFrom, double pixelTo, int targetTicks = 5)
    {
        // A range narrower than a part per million of its values (a figure that never moves, errors of 1e-13) cannot be
        // divided into ticks a double can tell apart: it is widened around its middle, as a zero range is.
        double middle = (min + max) / 2, scale = Math.Max(Math.Abs(min), Math.Abs(max));
        if (!(max - min > 1e-6 * scale))
        {
            double pad = scale == 0 ? 1 : scale * 0.01;
            (min, max) = (middle - pad, middle + pad);
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
        int count = (int)Math.Round((Max - Min) / Step);
        for (int i = 0; i <= count; i++)
        {
            yield return Math.Round(Min + (i * Step), decimals);
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
