namespace CamTest.Core.Statistics;

/// <summary>How many of a set's values are finite, and the smallest and largest of them
/// (<see cref="OrderStatistics.FiniteRange"/>).</summary>
public readonly record struct FiniteValues(int Count, double Min, double Max);
