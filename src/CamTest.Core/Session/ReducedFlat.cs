namespace CamTest.Core.Session;

/// <summary>One flat level of the manifest and its reduction to sums, for the gain stage.</summary>
public sealed record ReducedFlat(OpenedEntry Entry, StackSummary Summary);
