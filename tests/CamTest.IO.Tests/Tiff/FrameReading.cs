namespace CamTest.IO.Tests.Tiff;

/// <summary>Test-side helpers: read a frame (whole or in bands) and widen it to double.</summary>
internal static class FrameReading
{
    public static double[] Frame(IFrameSource source, int frame)
    {
        var raw = new byte[source.Info.BytesPerFrame];
        source.ReadRows(frame, 0, source.Info.Height, raw);
        return PixelConversion.ToDouble(raw, source.Info.PixelType);
    }

    /// <summary>The frame assembled from bands of <paramref name="band"/> rows, to exercise partial-strip reads.</summary>
    public static double[] FrameInBands(IFrameSource source, int frame, int band)
    {
        StackInfo info = source.Info;
        long rowBytes = (long)info.Width * info.BytesPerPixel;
        var raw = new byte[info.BytesPerFrame];
        for (int row = 0; row < info.Height; row += band)
        {
            int rows = Math.Min(band, info.Height - row);
            source.ReadRows(frame, row, rows, raw.AsSpan((int)(row * rowBytes), (int)(rows * rowBytes)));
        }

        return PixelConversion.ToDouble(raw, info.PixelType);
    }

    public static double Mean(double[] values)
    {
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }
}
