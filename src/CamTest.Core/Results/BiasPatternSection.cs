using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// results.json "bias.pattern": the averaged bias (or the offset map) as a picture of its fixed pattern, small enough
/// to carry: the mean of each block of <see cref="BlockWidth"/> x <see cref="BlockHeight"/> pixels (at most 128 x 128
/// blocks), and the full row and column mean profiles, ADU. Row-major, row 0 (the file's first row) first.
/// </summary>
/// <param name="Columns">Blocks across (the last may be narrower than a full block).</param>
/// <param name="Rows">Blocks down.</param>
public sealed record BiasPatternSection(
    [property: JsonPropertyName("blockWidth")] int BlockWidth,
    [property: JsonPropertyName("blockHeight")] int BlockHeight,
    [property: JsonPropertyName("columns")] int Columns,
    [property: JsonPropertyName("rows")] int Rows,
    [property: JsonPropertyName("blockMeansAdu")] IReadOnlyList<double> BlockMeansAdu,
    [property: JsonPropertyName("rowMeansAdu")] IReadOnlyList<double> RowMeansAdu,
    [property: JsonPropertyName("columnMeansAdu")] IReadOnlyList<double> ColumnMeansAdu);
