namespace CamTest.Core.Statistics;

/// <summary>The smallest and largest of a span of integers (<see cref="CodeCountKernel.Extremes{T}"/>).</summary>
internal readonly record struct ValueExtremes<T>(T Min, T Max);
