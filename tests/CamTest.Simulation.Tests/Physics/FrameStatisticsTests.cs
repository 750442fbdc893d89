namespace CamTest.Simulation.Tests.Physics;

/// <summary>
/// The simulated frames have the statistics the model promises. Expected values come from the model's parameters
/// and the realised pixel maps (the truth); each comparison allows 4.5 standard errors, estimated from the spread
/// over 16 independent blocks of pixels.
/// </summary>
public class FrameStatisticsTests
{
    private const int Blocks = 16;

    [Fact]
    public void Flat_mean_and_pair_variance_match_shot_read_and_quantisation_noise()
    {
        CameraModel camera = CameraPresets.ScmosLarge;
        SensorState sensor = SimulatedFrames.Sensor(camera);
        const double signalE = 2000, exposureMs = 40, seconds = exposureMs / 1000;
        double[][] f = SimulatedFrames.Frames(sensor, SimulatedFrames.Flat(camera, signalE, exposureMs), 2);
        double g = camera.GainEPerAdu;
        int n = f[0].Length;
        double ExpectedElectrons(int i) => (signalE * sensor.Sensitivity[i]) + (sensor.DarkRateEPerS[i] * seconds);

        // Frame 0 mean against offset + electrons / gain, pixel by pixel.
        BlockEstimate meanResidual = BlockEstimate.Over(n, Blocks, (start, count) =>
            Enumerable.Range(start, count).Average(i => f[0][i] - sensor.OffsetAdu[i] - (ExpectedElectrons(i) / g)));
        meanResidual.AssertCovers(0);

        // Pair variance Var(A - B)/2 against shot + read noise in ADU^2 plus 1/12 ADU^2 from rounding.
        BlockEstimate varianceResidual = BlockEstimate.Over(n, Blocks, (start, count) =>
        {
            double[] d = Enumerable.Range(start, count).Select(i => f[0][i] - f[1][i]).ToArray();
            double dm = d.Average();
            double measured = d.Sum(x => (x - dm) * (x - dm)) / (count - 1) / 2;
            double model = Enumerable.Range(start, count).Average(i =>
                (ExpectedElectrons(i) + (sensor.ReadNoiseE[i] * (double)sensor.ReadNoiseE[i])) / (g * g)) + (1.0 / 12);
            return measured - model;
        });
        varianceResidual.AssertCovers(0);
    }

    [Fact]
    public void Bias_pair_noise_is_the_read_noise_of_the_truth()
    {
        CameraModel camera = CameraPresets.CcdInterline;
        SensorState sensor = SimulatedFrames.Sensor(camera, seed: 4);
        var bias = new StackPlan(StackRole.Bias, "bias", 2, 0, 0, 1);
        double[][] f = SimulatedFrames.Frames(sensor, bias, 2);
        double g = camera.GainEPerAdu;
        BlockEstimate readNoiseE = BlockEstimate.Over(f[0].Length, Blocks, (start, count) =>
        {
            double[] d = Enumerable.Range(start, count).Select(i => f[0][i] - f[1][i]).ToArray();
            double dm = d.Average();
            double varianceAdu = (d.Sum(x => (x - dm) * (x - dm)) / (count - 1) / 2) - (1.0 / 12);
            return Math.Sqrt(varianceAdu) * g;
        });
        readNoiseE.AssertCovers(camera.ReadNoiseE);
    }

    [Fact]
    public void Emccd_excess_noise_factor_squared_is_2_at_high_gain_and_the_mean_gain_is_the_set_gain()
    {
        CameraModel camera = CameraPresets.Emccd512;
        SensorState sensor = SimulatedFrames.Sensor(camera, seed: 9);
        const double signalE = 20, exposureMs = 10, emGain = 300;
        double[][] f = SimulatedFrames.Frames(sensor, SimulatedFrames.Flat(camera, signalE, exposureMs, emGain), 2);
        double g = camera.GainEPerAdu;
        double drift = camera.BiasDriftAduPerFrame;
        double PrimaryElectrons(int i) => (signalE * sensor.Sensitivity[i]) + (sensor.DarkRateEPerS[i] * exposureMs / 1000) + camera.CicEPerPixelPerFrame;

        BlockEstimate excess = BlockEstimate.Over(f[0].Length, Blocks, (start, count) =>
        {
            var range = Enumerable.Range(start, count).ToArray();
            double[] d = range.Select(i => f[0][i] - f[1][i]).ToArray();
            double dm = d.Average();
            double readAdu2 = range.Average(i => sensor.ReadNoiseE[i] * (double)sensor.ReadNoiseE[i]) / (g * g);
            double varianceE = ((d.Sum(x => (x - dm) * (x - dm)) / (count - 1) / 2) - readAdu2 - (1.0 / 12)) * g * g;
            double meanE = range.Average(i => ((f[0][i] + f[1][i]) / 2) - sensor.OffsetAdu[i] - (drift / 2)) * g;
            return varianceE / (emGain * meanE);
        });
        excess.AssertCovers(2.0);

        BlockEstimate gain = BlockEstimate.Over(f[0].Length, Blocks, (start, count) =>
            Enumerable.Range(start, count).Average(i => (f[0][i] - sensor.OffsetAdu[i]) * g) /
            Enumerable.Range(start, count).Average(PrimaryElectrons));
        gain.AssertCovers(emGain);
    }

    [Fact]
    public void Hot_pixels_found_in_the_long_dark_stack_are_exactly_the_true_hot_pixels()
    {
        CameraModel camera = CameraPresets.ScmosLarge;
        SensorState sensor = SimulatedFrames.Sensor(camera, seed: 5);
        const int frames = 10;
        double[][] dark = SimulatedFrames.Frames(sensor, new StackPlan(StackRole.HotPixels, "long", frames, 5000, 0, 1), frames);
        double[][] bias = SimulatedFrames.Frames(sensor, new StackPlan(StackRole.Bias, "bias", frames, 0, 0, 1), frames);
        int w = sensor.Width;
        // The dimmest hot pixel collects HotPixelMin x 5 s = 100 e-; ordinary pixels collect under 10 e- and the
        // noisiest (long-tail, ~16 e-) pixel's 10-frame mean difference has about 7 e- rms: 50 e- separates them.
        const double thresholdE = 50;
        var found = new HashSet<(int, int)>();
        for (int i = 0; i < dark[0].Length; i++)
        {
            double excessE = (dark.Average(fr => fr[i]) - bias.Average(fr => fr[i])) * camera.GainEPerAdu;
            if (excessE > thresholdE)
            {
                found.Add((i % w, i / w));
            }
        }

        var truth = sensor.HotPixels.Select(h => (h.X, h.Y)).ToHashSet();
        Assert.InRange(truth.Count, 10, 100); // 0.05 % of 65,536 pixels: about 33 expected
        Assert.Equal(truth.OrderBy(p => p), found.OrderBy(p => p));
    }

    [Fact]
    public void Astro_cmos_flats_past_saturation_clip_at_the_top_adc_code()
    {
        CameraModel camera = CameraPresets.AstroCmos;
        SensorState sensor = SimulatedFrames.Sensor(camera, seed: 2, size: 64);
        double adcLimitE = (camera.AdcMax - camera.BiasAdu) * camera.GainEPerAdu;
        double[][] f = SimulatedFrames.Frames(sensor, SimulatedFrames.Flat(camera, 1.5 * adcLimitE, 100), 1);
        Assert.All(f[0], v => Assert.Equal(camera.AdcMax, v));
    }

    [Fact]
    public void Flats_far_past_the_well_report_the_full_well_not_more()
    {
        CameraModel camera = CameraPresets.ScmosLarge; // 16-bit: the ADC reaches 77,000 e-, far above the 10,000 e- well
        SensorState sensor = SimulatedFrames.Sensor(camera, seed: 2, size: 64);
        double[][] f = SimulatedFrames.Frames(sensor, SimulatedFrames.Flat(camera, 3 * camera.FullWellE, 100), 1);
        double meanE = f[0].Select((v, i) => (v - sensor.OffsetAdu[i]) * camera.GainEPerAdu).Average();
        // Every well is full: the response sits at FullWellE, blurred only by read noise and rounding (under 2 e- rms
        // per pixel, under 0.1 e- on the mean of 4096 pixels).
        Assert.InRange(meanE, camera.FullWellE - 1, camera.FullWellE + 1);
    }

    [Fact]
    public void Two_by_two_binning_holds_four_wells_of_charge_per_output_pixel()
    {
        CameraModel camera = CameraPresets.ScmosLarge;
        SensorState sensor = SimulatedFrames.Sensor(camera, seed: 8, size: 64, binning: 2);
        Assert.Equal(32, sensor.Width);
        double[][] f = SimulatedFrames.Frames(sensor, SimulatedFrames.Flat(camera, 3 * 4 * camera.FullWellE, 100), 1);
        double meanE = f[0].Select((v, i) => (v - sensor.OffsetAdu[i]) * camera.GainEPerAdu).Average();
        // Read noise (x2 for digital binning, about 3.5 e- rms) and rounding average to under 0.2 e- over 1024 pixels.
        Assert.InRange(meanE, (4 * camera.FullWellE) - 2, (4 * camera.FullWellE) + 2);
    }
}
