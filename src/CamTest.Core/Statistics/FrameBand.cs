namespace CamTest.Core.Statistics;

/// <summary>A band of whole rows of one frame, as delivered by <see cref="FramePipeline"/>.</summary>
public readonly record struct FrameBand(int Frame, int FirstRow, int RowCount);
