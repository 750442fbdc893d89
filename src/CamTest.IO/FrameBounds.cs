namespace CamTest.IO;

/// <summary>Argument checks shared by every <see cref="IFrameSource.ReadRows"/> implementation.</summary>
public static class FrameBounds
{
    /// <summary>Throws when the request lies outside the stack or the buffer has the wrong size (a caller bug, not bad data).</summary>
    public static void Check(StackInfo info, int frame, int firstRow, int rowCount, int destinationLength)
    {
        if ((uint)frame >= (uint)info.FrameCount)
        {
            throw new ArgumentOutOfRangeException(nameof(frame), frame, $"stack has {info.FrameCount} frames");
        }

        if (firstRow < 0 || rowCount < 0 || firstRow + rowCount > info.Height)
        {
            throw new ArgumentOutOfRangeException(nameof(firstRow), firstRow, $"rows {firstRow}+{rowCount} outside a frame of {info.Height} rows");
        }

        long expected = (long)rowCount * info.Width * info.BytesPerPixel;
        if (destinationLength != expected)
        {
            throw new ArgumentException($"destination holds {destinationLength} bytes, {expected} needed", nameof(destinationLength));
        }
    }
}
