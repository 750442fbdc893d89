namespace CamTest.Simulation.Tests.Physics;

public class BloomingTests
{
    [Fact]
    public void Charge_beyond_the_well_spills_half_up_and_half_down_the_column()
    {
        CameraModel camera = CameraPresets.Emccd512; // no anti-blooming: BloomFraction 1
        SensorState sensor = SimulatedFrames.Sensor(camera, seed: 6, size: 16);
        // Light on one pixel only (8, 8): the sensitivity map is the sensor's own, so it can be shaped for the test.
        Array.Clear(sensor.Sensitivity);
        int w = sensor.Width;
        int spot = (8 * w) + 8;
        sensor.Sensitivity[spot] = 1;
        double capacity = camera.WellCapacityE;
        double[] f = SimulatedFrames.Frames(sensor, SimulatedFrames.Flat(camera, 2 * capacity, 100), 1)[0];
        double Electrons(int i) => (f[i] - sensor.OffsetAdu[i]) * camera.GainEPerAdu;

        // The spot holds a full well; the excess (about one capacity, Poisson spread sqrt(2C) = 630 e-) splits in two.
        Assert.InRange(Electrons(spot), camera.FullWellE - 300, camera.FullWellE + 300);
        Assert.InRange(Electrons(spot - w), (capacity / 2) - 2000, (capacity / 2) + 2000);
        Assert.InRange(Electrons(spot + w), (capacity / 2) - 2000, (capacity / 2) + 2000);
        // Sideways neighbours only see read noise (45 e- rms) and dark current.
        Assert.InRange(Electrons(spot - 1), -300, 300);
        Assert.InRange(Electrons(spot + 1), -300, 300);
    }
}
