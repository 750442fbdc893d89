using CamTest.Core.Results;

namespace CamTest.Reporting;

/// <summary>
/// A figure from the camera history as people read it: its value and error written as <see cref="QuantityText"/>
/// writes them, and its unit as results.json wrote it (the history keeps units as text, so that figures the results
/// model gains later need no unit it knows).
/// </summary>
public static class HistoryQuantityText
{
    public static string Of(double value, double? stderr, string unit)
    {
        string number = QuantityText.Number(new Quantity(value, Unit.One, stderr is double s && double.IsFinite(s) ? s : null));
        return unit.Length == 0 ? number : $"{number} {unit}";
    }
}
