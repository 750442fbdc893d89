namespace CamTest.IO.Png;

/// <summary>Where one chunk sits in the file: its 4-letter type and the offset and length of its data.</summary>
internal readonly record struct PngChunk(string Type, long DataOffset, int Length)
{
    /// <summary>Critical chunks have an upper-case first letter; a decoder must understand them or refuse the file.</summary>
    public bool IsCritical => char.IsAsciiLetterUpper(Type[0]);
}
