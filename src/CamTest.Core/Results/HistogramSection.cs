using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// A histogram as results.json carries it: counts in equal bins [lower + k binWidth, lower + (k+1) binWidth), the
/// last bin closed, so every value is in a bin. The bins, not the values, so a page (or compare, or a history rebuild)
/// can draw it from the file alone.
/// </summary>
public sealed record HistogramSection(
    [property: JsonPropertyName("lower")] double Lower,
    [property: JsonPropertyName("binWidth")] double BinWidth,
    [property: JsonPropertyName("counts")] IReadOnlyList<long> Counts,
    [property: JsonPropertyName("unit")] Unit Unit)
{
    /// <summary>The lower edge of bin <paramref name="bin"/>.</summary>
    public double BinLower(int bin) => Lower + (bin * BinWidth);
}
