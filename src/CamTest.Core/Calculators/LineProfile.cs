namespace CamTest.Core.Calculators;

/// <summary>
/// The protocol's first step, ImageJ's Plot Profile: grey levels sampled along a straight line at 1-pixel steps by
/// bilinear interpolation, its peak, and with a bias and gain the same in photoelectrons.
/// Coordinates are pixel indices: pixel (i, j) holds its value at x = i, y = j.
/// </summary>
public sealed record LineProfile(IReadOnlyList<ProfilePoint> Points, int PeakIndex, double? BiasAdu = null, double? GainEPerAdu = null)
{
    public ProfilePoint Peak => Points[PeakIndex];

    /// <summary>Checks a line against a frame's size before any pixel is read; returns null or the reason it will not do.</summary>
    public static string? Validate(double x0, double y0, double x1, double y1, int width, int height)
    {
        foreach (double v in new[] { x0, y0, x1, y1 })
        {
            if (!double.IsFinite(v))
            {
                return "line coordinates must be finite numbers";
            }
        }

        if (Math.Min(x0, x1) < 0 || Math.Max(x0, x1) > width - 1 || Math.Min(y0, y1) < 0 || Math.Max(y0, y1) > height - 1)
        {
            return $"the line runs outside the {width}x{height} frame (x 0..{width - 1}, y 0..{height - 1})";
        }

        return Math.Abs(x1 - x0) + Math.Abs(y1 - y0) == 0 ? "the line has zero length" : null;
    }

    /// <summary>
    /// Samples <paramref name="rows"/>, a band of a frame <paramref name="width"/> pixels wide whose first row is
    /// frame row <paramref name="firstRow"/>; the band must cover every row the line touches (floor..ceil of its y).
    /// </summary>
    public static LineProfile Sample(
        ReadOnlySpan<double> rows, int width, int firstRow, double x0, double y0, double x1, double y1, double? biasAdu = null, double? gainEPerAdu = null)
    {
        if ((biasAdu is null) != (gainEPerAdu is null))
        {
            throw new CalculatorInputException("converting to electrons needs both a bias and a gain");
        }

        if (gainEPerAdu is double g)
        {
            CalculatorGuard.Positive(g, "gain");
            CalculatorGuard.Finite(biasAdu!.Value, "bias");
        }

        int bandHeight = rows.Length / width;
        double length = Math.Sqrt(((x1 - x0) * (x1 - x0)) + ((y1 - y0) * (y1 - y0)));
        int count = (int)Math.Floor(length + 1e-9) + 1; // 1e-9: a line of exactly N pixels keeps its end point
        var points = new ProfilePoint[count];
        int peak = 0;
        for (int i = 0; i < count; i++)
        {
            double t = length == 0 ? 0 : i / length;
            double x = x0 + (t * (x1 - x0));
            double y = y0 + (t * (y1 - y0));
            double grey = Bilinear(rows, width, bandHeight, x, y - firstRow);
            double? electrons = gainEPerAdu is double gain ? (grey - biasAdu!.Value) * gain : null;
            points[i] = new ProfilePoint(i, x, y, grey, electrons);
            if (grey > points[peak].Grey)
            {
                peak = i;
            }
        }

        return new LineProfile(points, peak, biasAdu, gainEPerAdu);
    }

    private static double Bilinear(ReadOnlySpan<double> rows, int width, int height, double x, double y)
    {
        // Clamp so a sample exactly on the last row or column reads that pixel rather than one past it.
        int ix = Math.Clamp((int)Math.Floor(x), 0, Math.Max(width - 2, 0));
        int iy = Math.Clamp((int)Math.Floor(y), 0, Math.Max(height - 2, 0));
        double fx = Math.Clamp(x - ix, 0, 1);
        double fy = Math.Clamp(y - iy, 0, 1);
        int ix1 = Math.Min(ix + 1, width - 1);
        int iy1 = Math.Min(iy + 1, height - 1);
        double top = (rows[(iy * width) + ix] * (1 - fx)) + (rows[(iy * width) + ix1] * fx);
        double bottom = (rows[(iy1 * width) + ix] * (1 - fx)) + (rows[(iy1 * width) + ix1] * fx);
        return (top * (1 - fy)) + (bottom * fy);
    }
}
