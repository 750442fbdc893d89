using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>
/// The pixel-to-pixel PRNU, tile by tile: each usable pixel less the mean of its 5 x 5 box, and per tile the variance
/// of that high-pass image (divided by the 24/25 a white pattern keeps), less the temporal variance the average still
/// holds, over the tile's own mean signal squared. The tiles are independent estimates (the box reaches only 2 pixels
/// into a neighbour), so their spread gives the standard error with no model of the noise: it covers the temporal
/// noise, the finite number of pixels and any clumpiness of the pattern itself.
/// </summary>
internal sealed class PrnuTiles
{
    /// <summary>Tiles needed before their spread gives a standard error.</summary>
    private const int TilesForSpread = 3;

    private readonly List<(long Pixels, double RelativeVariance)> _tiles = [];

    private PrnuTiles()
    {
    }

    /// <summary>Tiles that held high-pass pixels.</summary>
    public int Count => _tiles.Count;

    /// <summary>
    /// Tile side: about an eighth of the shorter image side (so even a small region of interest gives 64 tiles for the
    /// spread), at least 16 pixels (a tile's own variance then holds a few hundred pixels) and at most 64.
    /// </summary>
    public static int TileSide(int width, int height) => Math.Clamp(Math.Min(width, height) / 8, 16, 64);

    /// <summary>
    /// The tiles of the high-pass image. The signal (<see cref="PhotoResponseNonUniformity.Signal"/>) of the box's rows
    /// is held in a ring of <see cref="PhotoResponseNonUniformity.BoxSide"/> rows, each row worked out once as it enters
    /// the box: a few cached rows instead of a frame of doubles.
    /// </summary>
    public static PrnuTiles HighPass(AveragedImage flat, FlatOffset offset, bool[] usable, int width, int height, double whiteVarianceKept)
    {
        const int half = PhotoResponseNonUniformity.BoxSide / 2;
        const int boxPixels = PhotoResponseNonUniformity.BoxSide * PhotoResponseNonUniformity.BoxSide;
        int side = TileSide(width, height);
        int tilesX = (width + side - 1) / side, tilesY = (height + side - 1) / side;
        var sums = new (long N, double H, double H2, double R, double S)[tilesX * tilesY];
        var columnSum = new double[width];
        var columnCount = new int[width];
        // Row r's signal at (r % BoxSide) * width.
        var rows = new double[PhotoResponseNonUniformity.BoxSide * width];
        for (int r = 0; r < Math.Min(PhotoResponseNonUniformity.BoxSide - 1, height); r++)
        {
            SignalRow(flat, offset, r, width, rows);
        }

        for (int y = half; y < height - half; y++)
        {
            SignalRow(flat, offset, y + half, width, rows);
            // Column sums over the box's rows, then a running sum along the row: O(1) per pixel beyond the 5 reads.
            for (int x = 0; x < width; x++)
            {
                double s = 0;
                int c = 0;
                for (int dy = -half; dy <= half; dy++)
                {
                    int j = ((y + dy) * width) + x;
                    if (usable[j])
                    {
                        s += rows[(((y + dy) % PhotoResponseNonUniformity.BoxSide) * width) + x];
                        c++;
                    }
                }

                columnSum[x] = s;
                columnCount[x] = c;
            }

            double boxSum = 0;
            int boxCount = 0;
            for (int x = 0; x < Math.Min(PhotoResponseNonUniformity.BoxSide - 1, width); x++)
            {
                boxSum += columnSum[x];
                boxCount += columnCount[x];
            }

            for (int x = half; x < width - half; x++)
            {
                boxSum += columnSum[x + half];
                boxCount += columnCount[x + half];
                if (boxCount == boxPixels)
                {
                    int i = (y * width) + x;
                    double signal = rows[((y % PhotoResponseNonUniformity.BoxSide) * width) + x];
                    double h = signal - (boxSum / boxPixels);
                    ref var t = ref sums[((y / side) * tilesX) + (x / side)];
                    t.N++;
                    t.H += h;
                    t.H2 += h * h;
                    t.R += flat.ResidualTemporalVariance(i) + offset.ResidualTemporalVariance;
                    t.S += signal;
                }

                boxSum -= columnSum[x - half];
                boxCount -= columnCount[x - half];
            }
        }

        var tiles = new PrnuTiles();
        // A tile cut down to a sliver at the image edge (or by masked pixels) would add a noisy estimate for little
        // information: keep tiles holding at least a quarter of a full tile.
        long minimum = Math.Max(2, (long)side * side / 4);
        foreach (var t in sums.Where(t => t.N >= minimum))
        {
            double highPassVariance = (t.H2 - (t.H * t.H / t.N)) / (t.N - 1);
            double tileMean = t.S / t.N;
            double corrected = (highPassVariance / whiteVarianceKept) - (t.R / t.N);
            tiles._tiles.Add((t.N, corrected / (tileMean * tileMean)));
        }

        return tiles;
    }

    /// <summary>Row <paramref name="row"/>'s signal into its place in the ring <paramref name="rows"/>.</summary>
    private static void SignalRow(AveragedImage flat, FlatOffset offset, int row, int width, double[] rows)
    {
        int first = row * width;
        Span<double> into = rows.AsSpan((row % PhotoResponseNonUniformity.BoxSide) * width, width);
        for (int x = 0; x < width; x++)
        {
            into[x] = PhotoResponseNonUniformity.Signal(flat, offset, first + x);
        }
    }

    /// <summary>The pixel-weighted mean of the tiles' relative variances as a percentage, with the tiles' spread as its error.</summary>
    public Quantity? PixelToPixel()
    {
        if (_tiles.Count == 0)
        {
            return null;
        }

        double weight = _tiles.Sum(t => (double)t.Pixels);
        double mean = _tiles.Sum(t => t.Pixels * t.RelativeVariance) / weight;
        double stdErr = double.NaN;
        if (_tiles.Count >= TilesForSpread)
        {
            // Standard error of a weighted mean from the weighted residuals, with the n / (n - 1) small-sample factor.
            double spread = _tiles.Sum(t => t.Pixels * t.Pixels * (t.RelativeVariance - mean) * (t.RelativeVariance - mean));
            stdErr = Math.Sqrt(spread * _tiles.Count / (_tiles.Count - 1)) / weight;
        }

        return PhotoResponseNonUniformity.Percent(mean, 1, stdErr);
    }
}
