namespace CamTest.IO.Png;

/// <summary>What <see cref="PngStructureReader"/> found: the image header and where the compressed data lies.</summary>
internal sealed record PngStructure(PngHeader Header, IReadOnlyList<PngChunk> DataChunks)
{
    public long CompressedBytes => DataChunks.Sum(c => (long)c.Length);
}
