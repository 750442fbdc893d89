namespace CamTest.Simulation;

/// <summary>
/// When frames happen: readout time = rows x line time; with overlapped readout (rolling shutter, frame transfer)
/// the frame interval is max(exposure, readout), otherwise exposure + readout.
/// </summary>
public sealed record SimulatedTiming(double ReadoutMs, double FrameIntervalMs)
{
    public double FrameRateHz => 1000.0 / FrameIntervalMs;

    public static SimulatedTiming For(CameraModel camera, int rows, double exposureMs)
    {
        double readout = camera.LineTimeUs * rows / 1000.0;
        double interval = camera.OverlappedReadout ? Math.Max(exposureMs, readout) : exposureMs + readout;
        // A zero interval (0 ms exposure, no line time) would give every frame the same timestamp.
        return new SimulatedTiming(readout, Math.Max(interval, 0.001));
    }
}
