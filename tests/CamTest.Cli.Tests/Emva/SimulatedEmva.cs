using CamTest.Simulation;
using CamTest.Simulation.Emva;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.Emva;

/// <summary>Simulated EMVA 1288 measurements for the round trips: a 12-bit CCD-like camera, 96 x 96 pixels, fixed seeds.</summary>
public static class SimulatedEmva
{
    /// <summary>K = 1 / 1.5 e-/ADU = 0.667 DN/e-, QE 0.62, full well 5000 e- (reached before the 12-bit ADC's 4095).</summary>
    public static CameraModel Camera { get; } = CameraPresets.CcdInterline with
    {
        Name = "emva-ccd", BitDepth = 12, GainEPerAdu = 1.5, QuantumEfficiency = 0.62, BiasAdu = 100, ReadNoiseE = 5,
        LinearFullWellE = 4800, FullWellE = 5000, BloomFraction = 0, BiasDriftAduPerFrame = 0, DarkCurrentEPerS = 50,
        ReferenceTemperatureC = -10, SensorTemperatureC = -10, HotPixelFraction = 0,
    };

    public static EmvaSimulatedMeasurement Write(string name, EmvaSimulationOptions emva, CameraModel? camera = null, ulong seed = 7) =>
        EmvaSimulator.Run(camera ?? Camera, new SimulationOptions { Seed = seed, RoiWidth = 96, RoiHeight = 96, MaxThreads = 2 }, emva, TestPaths.NewTempFolder(name));
}
