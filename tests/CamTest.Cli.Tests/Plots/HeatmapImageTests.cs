using CamTest.Reporting.Plots;
using SkiaSharp;

namespace CamTest.Cli.Tests.Plots;

/// <summary>The heat map's PNG, decoded: each cell one pixel of its scale colour, opaque, row 0 at the bottom.</summary>
public class HeatmapImageTests
{
    [Fact]
    public void Each_cell_is_one_opaque_pixel_of_its_colour_with_row_0_at_the_bottom()
    {
        // 3 columns x 2 rows, values chosen to land on distinct colours (and one NaN, drawn as the low end).
        double[] values = [0, 1, 2, 3, 4, double.NaN];
        const int columns = 3, rows = 2;
        string uri = HeatmapImage.DataUri(values, columns, rows, low: 0, high: 4);

        const string prefix = "data:image/png;base64,";
        Assert.StartsWith(prefix, uri);
        using SKBitmap bitmap = SKBitmap.Decode(Convert.FromBase64String(uri[prefix.Length..]));
        Assert.Equal((columns, rows), (bitmap.Width, bitmap.Height));
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                (byte red, byte green, byte blue) = HeatmapImage.Colour(values[(r * columns) + c] / 4);
                Assert.Equal(new SKColor(red, green, blue, 255), bitmap.GetPixel(c, rows - 1 - r));
            }
        }
    }
}
