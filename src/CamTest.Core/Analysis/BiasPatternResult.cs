namespace CamTest.Core.Analysis;

/// <summary>
/// The averaged bias reduced to what a page can draw of its fixed pattern (<see cref="BiasPattern"/>), at full
/// precision, ADU; results.json's <c>bias.pattern</c> carries it rounded (<c>Session.ResultsMapper.BiasPattern</c>).
/// Row-major, row 0 (the file's first row) first.
/// </summary>
/// <param name="BlockWidth">Pixels across one block.</param>
/// <param name="BlockHeight">Pixels down one block.</param>
/// <param name="Columns">Blocks across (the last may be narrower than a full block).</param>
/// <param name="Rows">Blocks down.</param>
/// <param name="BlockMeans">The mean of each block.</param>
/// <param name="RowMeans">The mean of each pixel row.</param>
/// <param name="ColumnMeans">The mean of each pixel column.</param>
public sealed record BiasPatternResult(
    int BlockWidth, int BlockHeight, int Columns, int Rows, double[] BlockMeans, double[] RowMeans, double[] ColumnMeans);
