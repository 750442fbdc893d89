using CamTest.Simulation.Truth;
using CamTest.Simulation.Random;

namespace CamTest.Simulation;

/// <summary>
/// The realised fixed properties of one simulated sensor (region of interest, after binning): per-pixel offset,
/// sensitivity, dark current and read noise, drawn once from the seed. Frames add the temporal noise on top.
/// </summary>
public sealed class SensorState
{
    private const ulong MapStream = 0x6D617073UL;

    /// <summary>The stream of the pixels that turn hot as the sensor ages (independent of the month, so they persist).</summary>
    private const ulong AgeingStream = 0x61676564UL;

    private SensorState(CameraModel camera, SimulationOptions options)
    {
        Camera = camera;
        Options = options;
        Width = options.OutputWidth;
        Height = options.OutputHeight;
        int n = Width * Height;
        OffsetAdu = new float[n];
        Sensitivity = new float[n];
        DarkRateEPerS = new float[n];
        ReadNoiseE = new float[n];
        int binnedPixels = options.Binning * options.Binning;
        bool chargeBinning = camera.Sensor is SensorType.Ccd or SensorType.Emccd;
        LinearFullWellE = camera.LinearFullWellE * binnedPixels;
        FullWellE = camera.FullWellE * binnedPixels;
        WellCapacityE = camera.WellCapacityE * binnedPixels;
        // Charge binning reads once; digital (CMOS) binning sums binnedPixels independent reads and offsets.
        NoiseScale = chargeBinning ? 1.0 : options.Binning;
        BinnedPixels = binnedPixels;
    }

    public CameraModel Camera { get; }

    public SimulationOptions Options { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Per-pixel offset at frame 0 of a stack, ADU (bias + DSNU + row and column patterns).</summary>
    public float[] OffsetAdu { get; }

    /// <summary>Per-pixel relative response (1 + PRNU deviation).</summary>
    public float[] Sensitivity { get; }

    /// <summary>Per-pixel dark current at the simulated temperature, e-/s (hot pixels included).</summary>
    public float[] DarkRateEPerS { get; }

    /// <summary>Per-pixel read noise, e- rms.</summary>
    public float[] ReadNoiseE { get; }

    /// <summary>Row and column offset patterns, e- (kept for the truth).</summary>
    public double[] RowPatternE { get; private set; } = [];

    public double[] ColumnPatternE { get; private set; } = [];

    public IReadOnlyList<TrueHotPixel> HotPixels { get; private set; } = [];

    /// <summary>
    /// Relative illumination at pixel (x, y): 1 - v (r / r_corner)^2 about the image centre, v the camera's
    /// <see cref="CameraModel.VignettingFraction"/> (1 everywhere without shading).
    /// </summary>
    public double Illumination(int x, int y)
    {
        double v = Camera.VignettingFraction;
        if (v == 0)
        {
            return 1;
        }

        double dx = x + 0.5 - (Width / 2.0), dy = y + 0.5 - (Height / 2.0);
        double corner2 = ((Width * Width) + (Height * Height)) / 4.0;
        return 1 - (v * ((dx * dx) + (dy * dy)) / corner2);
    }

    public double LinearFullWellE { get; }

    public double FullWellE { get; }

    public double WellCapacityE { get; }

    public double NoiseScale { get; }

    public int BinnedPixels { get; }

    public static SensorState Create(CameraModel camera, SimulationOptions options)
    {
        var state = new SensorState(camera, options);
        state.Realise();
        return state;
    }

    private void Realise()
    {
        ulong seed = Options.Seed;
        var rowRng = RandomSource.For(seed, MapStream, 1);
        RowPatternE = Enumerable.Range(0, Height).Select(_ => Camera.RowPatternE * NoiseScale * rowRng.NextNormal()).ToArray();
        var columnRng = RandomSource.For(seed, MapStream, 2);
        ColumnPatternE = Enumerable.Range(0, Width).Select(_ => Camera.ColumnPatternE * NoiseScale * columnRng.NextNormal()).ToArray();
        var hotRows = new List<TrueHotPixel>[Height];
        Parallel.For(0, Height, new ParallelOptions { MaxDegreeOfParallelism = Options.MaxThreads }, y => hotRows[y] = RealiseRow(y));
        HotPixels = hotRows.SelectMany(r => r).ToList();
    }

    private List<TrueHotPixel> RealiseRow(int y)
    {
        CameraModel c = Camera;
        var rng = RandomSource.For(Options.Seed, MapStream, 3, (ulong)y);
        var hot = new List<TrueHotPixel>();
        double darkScale = c.DarkScaleAtSensorTemperature;
        double prnu = c.PrnuPercent / 100.0 / Math.Sqrt(BinnedPixels);
        double hotProbability = Math.Min(1.0, c.HotPixelFraction * BinnedPixels);
        double logHotMin = Math.Log(Math.Max(c.HotPixelMinEPerS, 1e-9));
        double logHotMax = Math.Log(Math.Max(c.HotPixelMaxEPerS, 1e-9));
        const double darkSpread = 0.2; // log-normal spread of ordinary pixels' dark current, mean kept at the model's value
        for (int x = 0; x < Width; x++)
        {
            int i = (y * Width) + x;
            double dsnu = c.DsnuE * NoiseScale * rng.NextNormal();
            OffsetAdu[i] = (float)(c.BiasAdu + ((dsnu + RowPatternE[y] + ColumnPatternE[x]) / c.GainEPerAdu));
            Sensitivity[i] = (float)Math.Max(0.0, 1.0 + (prnu * rng.NextNormal()));
            double dark = c.DarkCurrentEPerS * BinnedPixels * darkScale
                * Math.Exp((darkSpread * rng.NextNormal()) - (darkSpread * darkSpread / 2));
            if (rng.NextDouble() < hotProbability)
            {
                dark = (float)(darkScale * Math.Exp(logHotMin + ((logHotMax - logHotMin) * rng.NextDouble())));
                hot.Add(new TrueHotPixel(x, y, dark));
            }

            if (AgedHot(x, y, darkScale, logHotMin, logHotMax) is double aged && !hot.Exists(h => h.X == x))
            {
                dark = aged;
                hot.Add(new TrueHotPixel(x, y, dark));
            }

            DarkRateEPerS[i] = (float)dark;
            ReadNoiseE[i] = (float)(NoiseScale * ReadNoise(c, ref rng));
        }

        return hot;
    }

    /// <summary>
    /// The rate of pixel (x, y) if it has turned hot by this month of an ageing series, else null. Each pixel has one
    /// uniform draw u from its own stream: it is hot by month N when u is below N times the fraction turning hot a
    /// month, so a pixel hot at month N stays hot after.
    /// </summary>
    private double? AgedHot(int x, int y, double darkScale, double logHotMin, double logHotMax)
    {
        double perMonth = Options.Ageing?.HotPixelFractionPerMonth ?? 0;
        if (perMonth <= 0 || Options.Month is not int month || month <= 0)
        {
            return null;
        }

        var rng = RandomSource.For(Options.Seed, AgeingStream, (ulong)y, (ulong)x);
        double u = rng.NextDouble();
        double rate = darkScale * Math.Exp(logHotMin + ((logHotMax - logHotMin) * rng.NextDouble()));
        return u < Math.Min(1.0, perMonth * BinnedPixels * month) ? rate : null;
    }

    private static double ReadNoise(CameraModel c, ref RandomSource rng)
    {
        double u = rng.NextDouble();
        double z = rng.NextNormal();
        if (c.Sensor is SensorType.Ccd or SensorType.Emccd || c.ReadNoiseSpread <= 0)
        {
            return c.ReadNoiseE;
        }

        // Log-normal around the median, plus a few random-telegraph-like pixels 3-10 x noisier: the long tail.
        double value = c.ReadNoiseE * Math.Exp(c.ReadNoiseSpread * z);
        return u < c.ReadNoiseTailFraction ? value * (3 + (7 * (u / c.ReadNoiseTailFraction))) : value;
    }
}
