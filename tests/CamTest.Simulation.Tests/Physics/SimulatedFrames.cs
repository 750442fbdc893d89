namespace CamTest.Simulation.Tests.Physics;

/// <summary>Small helpers to simulate frames directly, without writing files.</summary>
public static class SimulatedFrames
{
    public static SensorState Sensor(CameraModel camera, ulong seed = 3, int size = 256, int binning = 1, int maxThreads = -1) =>
        SensorState.Create(camera, new SimulationOptions { Seed = seed, RoiWidth = size, RoiHeight = size, Binning = binning, MaxThreads = maxThreads });

    /// <summary>A flat plan whose light gives <paramref name="signalE"/> photoelectrons per pixel (before PRNU) at the exposure.</summary>
    public static StackPlan Flat(CameraModel camera, double signalE, double exposureMs, double emGain = 1, string name = "flat") =>
        new(StackRole.Flat, name, 16, exposureMs, signalE / camera.QuantumEfficiency / (exposureMs / 1000.0), emGain);

    public static double[][] Frames(SensorState sensor, StackPlan plan, int count)
    {
        var simulator = new FrameSimulator(sensor);
        var result = new double[count][];
        var buffer = new ushort[sensor.Width * sensor.Height];
        for (int k = 0; k < count; k++)
        {
            simulator.Simulate(plan, k, buffer);
            result[k] = buffer.Select(v => (double)v).ToArray();
        }

        return result;
    }
}
