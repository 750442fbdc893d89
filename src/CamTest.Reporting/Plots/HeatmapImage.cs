using SkiaSharp;

namespace CamTest.Reporting.Plots;

/// <summary>
/// A grid of values as a small PNG inside a data: URI (the page stays one file with no outside reference), coloured
/// on a perceptually even dark-blue-to-yellow scale (viridis' end points and three between), so equal steps in value
/// look like equal steps in colour and the map reads in grey when printed.
/// </summary>
public static class HeatmapImage
{
    private static readonly (byte R, byte G, byte B)[] Stops =
        [(0x44, 0x01, 0x54), (0x3b, 0x52, 0x8b), (0x21, 0x91, 0x8c), (0x5e, 0xc9, 0x62), (0xfd, 0xe7, 0x25)];

    /// <summary>The PNG of <paramref name="values"/> (row-major, row 0 first, drawn at the bottom).</summary>
    public static string DataUri(IReadOnlyList<double> values, int columns, int rows, double low, double high)
    {
        if (values.Count != columns * rows)
        {
            throw new ArgumentException($"{columns} x {rows} cells need {columns * rows} values, got {values.Count}", nameof(values));
        }

        using var bitmap = new SKBitmap(columns, rows, SKColorType.Rgba8888, SKAlphaType.Opaque);
        Fill(PixelBytes(bitmap), bitmap.RowBytes, values, columns, rows, low, high);
        using SKData png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return "data:image/png;base64," + Convert.ToBase64String(png.Span);
    }

    /// <summary>Writes the cells straight into the bitmap's RGBA bytes (row 0 into the last pixel row): SetPixel per
    /// cell went through Skia's native canvas call each time, this is one pass over memory. Same bytes, same PNG.</summary>
    private static void Fill(Span<byte> pixels, int rowBytes, IReadOnlyList<double> values, int columns, int rows, double low, double high)
    {
        double span = high > low ? high - low : 1;
        for (int r = 0; r < rows; r++)
        {
            Span<byte> row = pixels.Slice((rows - 1 - r) * rowBytes, columns * 4);
            for (int c = 0; c < columns; c++)
            {
                (byte red, byte green, byte blue) = Colour((values[(r * columns) + c] - low) / span);
                row[4 * c] = red;
                row[(4 * c) + 1] = green;
                row[(4 * c) + 2] = blue;
                row[(4 * c) + 3] = byte.MaxValue;
            }
        }
    }

    private static unsafe Span<byte> PixelBytes(SKBitmap bitmap) => new((void*)bitmap.GetPixels(), bitmap.RowBytes * bitmap.Height);

    /// <summary>The colour at <paramref name="fraction"/> of the scale (clamped to 0..1; NaN takes the low end).</summary>
    public static (byte R, byte G, byte B) Colour(double fraction)
    {
        double f = double.IsNaN(fraction) ? 0 : Math.Clamp(fraction, 0, 1) * (Stops.Length - 1);
        int i = Math.Min((int)f, Stops.Length - 2);
        double t = f - i;
        (byte R, byte G, byte B) a = Stops[i], b = Stops[i + 1];
        return (Mix(a.R, b.R, t), Mix(a.G, b.G, t), Mix(a.B, b.B, t));
    }

    public static string ColourHex(double fraction)
    {
        (byte r, byte g, byte b) = Colour(fraction);
        return $"#{r:x2}{g:x2}{b:x2}";
    }

    private static byte Mix(byte a, byte b, double t) => (byte)Math.Round(a + ((b - a) * t));
}
