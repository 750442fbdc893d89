namespace CamTest.Simulation.Emva;

/// <summary>What <see cref="EmvaSimulator"/> wrote: the descriptor and the camera's true K (DN/e-) and quantum efficiency.</summary>
public sealed record EmvaSimulatedMeasurement(string DescriptorPath, double TrueSystemGain, double TrueQuantumEfficiency, double SaturationPhotons);
