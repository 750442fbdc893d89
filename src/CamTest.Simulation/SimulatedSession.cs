using CamTest.Simulation.Truth;

namespace CamTest.Simulation;

/// <summary>What <see cref="SessionSimulator"/> wrote: the folder, its manifest and truth files, and every stack.</summary>
public sealed record SimulatedSession(
    string Folder,
    string SessionPath,
    string TruthPath,
    int Width,
    int Height,
    IReadOnlyList<StackPlan> Stacks,
    SimulationTruth Truth);
