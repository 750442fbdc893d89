namespace CamTest.Core.Statistics;

/// <summary>
/// A band of whole rows, as delivered by <see cref="FramePipeline"/>: rows <see cref="FirstRow"/> onwards of frame
/// <see cref="Frame"/>, or of <see cref="Frames"/> consecutive frames from it, stored one frame's rows after another.
/// </summary>
public readonly record struct FrameBand(int Frame, int FirstRow, int RowCount, int Frames = 1);
