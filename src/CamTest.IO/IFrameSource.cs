namespace CamTest.IO;

/// <summary>
/// A stack of equally sized frames read on demand. A source never holds the whole stack: callers read a frame
/// (or a band of rows) into a buffer they own, so stacks larger than memory stream.
/// </summary>
/// <remarks>
/// Implementations validate the file's structure when they are opened (throwing <see cref="InvalidInputException"/>)
/// and are safe for concurrent <see cref="ReadRows"/> calls from several threads, so that reading frame i+1 can
/// overlap the statistics of frame i.
/// </remarks>
public interface IFrameSource : IDisposable
{
    StackInfo Info { get; }

    /// <summary>
    /// Copies rows <paramref name="firstRow"/> .. <paramref name="firstRow"/> + <paramref name="rowCount"/> - 1 of
    /// frame <paramref name="frame"/> into <paramref name="destination"/>, as <see cref="StackInfo.PixelType"/>
    /// values in host byte order. <paramref name="destination"/> must be exactly rowCount x Width x BytesPerPixel long.
    /// </summary>
    void ReadRows(int frame, int firstRow, int rowCount, Span<byte> destination);
}
