namespace CamTest.Cli.Commands;

/// <summary>Streams binned frames to a file; disposed before <see cref="Complete"/>, it leaves no file behind.</summary>
public interface IBinnedStackWriter : IDisposable
{
    void WriteFrame(ReadOnlySpan<byte> frame);

    void Complete();
}
