using CamTest.Simulation.Random;

namespace CamTest.Simulation;

/// <summary>
/// Simulates one frame of a stack: photo- and dark electrons (Poisson), clock-induced charge, blooming of charge beyond
/// the well, the soft response near full well, EM multiplication (gamma), read noise (normal), conversion gain, bias
/// drift, quantisation and ADC clipping. Rows run in parallel, each with its own random stream keyed by
/// (seed, stack, frame, row), so a seed gives the same bytes whatever the thread count.
/// </summary>
public sealed class FrameSimulator
{
    private readonly SensorState _sensor;
    private readonly double[] _electrons;
    private readonly ParallelOptions _parallel;

    public FrameSimulator(SensorState sensor)
    {
        _sensor = sensor;
        _electrons = new double[sensor.Width * sensor.Height];
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = sensor.Options.MaxThreads };
    }

    /// <summary>Fills <paramref name="output"/> (Width x Height ADU) with frame <paramref name="frame"/> of <paramref name="plan"/>.</summary>
    public void Simulate(StackPlan plan, int frame, ushort[] output)
    {
        if (output.Length != _electrons.Length)
        {
            throw new ArgumentException($"output holds {output.Length} pixels, {_electrons.Length} expected", nameof(output));
        }

        Parallel.For(0, _sensor.Height, _parallel, y => CollectRow(plan, frame, y));
        if (_sensor.Camera.BloomFraction > 0)
        {
            Bloom();
        }

        Parallel.For(0, _sensor.Height, _parallel, y => ReadRow(plan, frame, y, output));
    }

    private void CollectRow(StackPlan plan, int frame, int y)
    {
        var rng = RandomSource.For(_sensor.Options.NoiseSeed, plan.StreamKey, (ulong)frame, (ulong)y * 2);
        double seconds = plan.ExposureMs / 1000.0;
        double light = plan.PhotonsPerPixelPerS * seconds * _sensor.Camera.QuantumEfficiency;
        double cic = _sensor.Camera.CicEPerPixelPerFrame;
        int start = y * _sensor.Width;
        for (int i = start; i < start + _sensor.Width; i++)
        {
            // Light, dark current and clock-induced charge are independent Poisson processes: one draw of their sum.
            double lightHere = _sensor.Camera.VignettingFraction == 0 ? light : light * _sensor.Illumination(i - start, y);
            double mean = (lightHere * _sensor.Sensitivity[i]) + (_sensor.DarkRateEPerS[i] * seconds) + cic;
            _electrons[i] = Poisson.Sample(ref rng, mean);
        }
    }

    /// <summary>Charge beyond the well capacity spills, in part, half up and half down the column (CCD blooming).</summary>
    private void Bloom()
    {
        double capacity = _sensor.WellCapacityE;
        double fraction = _sensor.Camera.BloomFraction;
        int w = _sensor.Width;
        int h = _sensor.Height;
        for (int i = 0; i < _electrons.Length; i++)
        {
            double excess = _electrons[i] - capacity;
            if (excess <= 0)
            {
                continue;
            }

            _electrons[i] = capacity;
            double spill = excess * fraction / 2;
            int y = i / w;
            if (y > 0)
            {
                _electrons[i - w] += spill;
            }

            if (y < h - 1)
            {
                _electrons[i + w] += spill;
            }
        }

        for (int i = 0; i < _electrons.Length; i++)
        {
            _electrons[i] = Math.Min(_electrons[i], capacity);
        }
    }

    private void ReadRow(StackPlan plan, int frame, int y, ushort[] output)
    {
        var rng = RandomSource.For(_sensor.Options.NoiseSeed, plan.StreamKey, (ulong)frame, ((ulong)y * 2) + 1);
        CameraModel camera = _sensor.Camera;
        double inverseGain = 1.0 / camera.GainEPerAdu;
        // The mean goes as 1/g and the variance as 1/g^2 of the conversion gain g, so the single-point gain (mean /
        // variance) drifts as g^3: a third of the stated drift in g makes the single-point gain drift by all of it.
        double driftPerElectron = camera.GainDriftPercent / 300 / _sensor.LinearFullWellE;
        double drift = camera.BiasDriftAduPerFrame * frame;
        double emGain = plan.EmGain;
        double adcMax = camera.AdcMax;
        int start = y * _sensor.Width;
        for (int i = start; i < start + _sensor.Width; i++)
        {
            double signal = SoftResponse(_electrons[i]);
            if (emGain > 1 && signal > 0)
            {
                signal = Gamma.Sample(ref rng, signal, emGain);
            }

            // A gain that drifts with signal (camera.json gainDriftPercent): the charge is converted at the gain its own
            // size sets, so the photon transfer curve bends; 0 keeps the single multiplication.
            double toAdu = driftPerElectron == 0 ? inverseGain
                : inverseGain / (1 + (driftPerElectron * Math.Min(Math.Max(signal, 0), _sensor.LinearFullWellE)));
            double adu = _sensor.OffsetAdu[i] + drift + ((signal + (_sensor.ReadNoiseE[i] * rng.NextNormal())) * toAdu);
            double code = Math.Floor(adu + 0.5);
            output[i] = (ushort)Math.Clamp(code, 0.0, adcMax);
        }
    }

    /// <summary>
    /// Linear up to the linear full well L, then bending over quadratically to reach the full well F with zero slope
    /// at the well capacity C = 2F - L: s = c - (c - L)^2 / (2 (C - L)). Beyond C the charge has drained or bloomed.
    /// </summary>
    private double SoftResponse(double charge)
    {
        double linear = _sensor.LinearFullWellE;
        if (charge <= linear)
        {
            return charge;
        }

        double capacity = _sensor.WellCapacityE;
        double c = Math.Min(charge, capacity);
        double over = c - linear;
        return c - (over * over / (2 * (capacity - linear)));
    }
}
