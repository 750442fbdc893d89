namespace CamTest.Simulation.Tests.Physics;

public class DarkCurrentTests
{
    [Fact]
    public void Dark_current_doubles_for_every_doubling_temperature_of_warming()
    {
        CameraModel cold = CameraPresets.ScmosLarge;
        CameraModel warm = cold with { SensorTemperatureC = cold.ReferenceTemperatureC + (2 * cold.DarkDoublingTemperatureC) };
        double coldRate = OrdinaryPixelMean(SimulatedFrames.Sensor(cold, seed: 12));
        double warmRate = OrdinaryPixelMean(SimulatedFrames.Sensor(warm, seed: 12));
        // Same seed, same per-pixel spread: the maps differ only by the factor 2^2, up to float rounding (1e-6).
        Assert.Equal(4.0, warmRate / coldRate, 5);
        // The per-pixel spread (log-normal, sigma 0.2) keeps the mean at the model's rate: SE about 0.2/sqrt(65536).
        Assert.InRange(coldRate / cold.DarkCurrentEPerS, 1 - (4.5 * 0.2 / 256), 1 + (4.5 * 0.2 / 256));
    }

    private static double OrdinaryPixelMean(SensorState sensor)
    {
        var hot = sensor.HotPixels.Select(h => (h.Y * sensor.Width) + h.X).ToHashSet();
        return sensor.DarkRateEPerS.Where((_, i) => !hot.Contains(i)).Average(r => (double)r);
    }
}
