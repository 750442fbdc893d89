namespace CamTest.Simulation.Truth;

/// <summary>A simulated hot pixel: output-frame position and its dark current at the simulated temperature.</summary>
public sealed record TrueHotPixel(int X, int Y, double RateEPerS);
