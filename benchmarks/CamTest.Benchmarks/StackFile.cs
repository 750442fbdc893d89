using CamTest.IO;

namespace CamTest.Benchmarks;

/// <summary>
/// A benchmark input: a stack file and the opener that reads it. The TIFF reader (or any other format) drops in as
/// one more entry in <see cref="StackStatisticsBenchmarks.Files"/>.
/// </summary>
public sealed record StackFile(string Name, string Path, Func<string, IFrameSource> Open)
{
    public override string ToString() => Name;
}
