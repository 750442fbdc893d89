using System.Globalization;

namespace CamTest.Core.Results;

/// <summary>Which side of the limit passes.</summary>
public enum CriterionBound
{
    /// <summary>The figure passes at or below the limit (a deviation, a noise).</summary>
    AtMost,

    /// <summary>The figure passes at or above the limit (a dynamic range, a full well).</summary>
    AtLeast,
}

/// <summary>
/// The limit a protocol or standard sets for a figure ("≤ 1 e-"), and where it comes from. The verdict itself is the
/// analysis's: it weighs the figure's error (pass, fail, or no verdict when the error straddles the limit).
/// </summary>
/// <param name="Source">Who sets it, for the reader ("Photometrics camera test protocol", "EMVA 1288").</param>
public sealed record FigureCriterion(double Limit, Unit Unit, CriterionBound Bound, string Source)
{
    /// <summary>As shown beside the figure: "≤ 1 e-", "≥ 60 dB".</summary>
    public string Text =>
        $"{(Bound == CriterionBound.AtMost ? "≤" : "≥")} {Limit.ToString("G6", CultureInfo.InvariantCulture)}{(Unit.Symbol.Length == 0 ? string.Empty : " " + Unit.Symbol)}";

    /// <summary>The limit as an exact quantity.</summary>
    public Quantity LimitQuantity => Quantity.Exact(Limit, Unit);

    /// <summary>True when <paramref name="value"/> (in <see cref="Unit"/>) is on the passing side, ignoring its error.</summary>
    public bool IsMetBy(double value) => Bound == CriterionBound.AtMost ? value <= Limit : value >= Limit;

    public override string ToString() => Text;
}
