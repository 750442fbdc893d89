namespace CamTest.Core.Session;

/// <summary>Where a session analysis is: the stage (e.g. "bias: bias.ome.tif") and how far through it, 0..1.</summary>
public sealed record AnalysisProgress(string Stage, double Fraction);
