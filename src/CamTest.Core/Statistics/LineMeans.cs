namespace CamTest.Core.Statistics;

/// <summary>The mean of every row and of every column of a frame (<see cref="RowColumnMeans.Compute"/>).</summary>
public sealed record LineMeans(double[] RowMeans, double[] ColumnMeans);
