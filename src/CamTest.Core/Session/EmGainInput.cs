using CamTest.Core.Analysis;

namespace CamTest.Core.Session;

/// <summary>One stack of the EM gain test (<see cref="EmGainStage"/>): the manifest entry, its reduction, and the bias at
/// its own EM gain set point.</summary>
public sealed record EmGainInput(OpenedEntry Entry, StackSummary Summary, BiasReference Bias);
