namespace CamTest.Core.Results;

/// <summary>How a figure is written in results.json.</summary>
public enum FigureKind
{
    /// <summary>A measured figure: <c>{"value", "unit", "stderr"}</c>.</summary>
    Quantity,

    /// <summary>A plain number whose unit the key names (<c>maxDeviationAdu</c>, <c>exposureMs</c>): a setting, a table
    /// column whose error sits in a neighbouring key, or a figure kept plain for compatibility.</summary>
    Number,

    /// <summary>A whole number of things (frames, pixels, pairs).</summary>
    Count,
}
