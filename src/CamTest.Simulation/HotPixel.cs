namespace CamTest.Simulation;

/// <summary>A simulated hot pixel: output-frame position and its dark current at the simulated temperature.</summary>
public sealed record HotPixel(int X, int Y, double RateEPerS);
