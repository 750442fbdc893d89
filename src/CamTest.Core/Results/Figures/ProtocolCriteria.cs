namespace CamTest.Core.Results;

/// <summary>The limits the Photometrics camera test protocol sets (seed text: "a stable bias that doesn't deviate by
/// more than one electron"; "any deviation from the line be no more than 1%").</summary>
public static class ProtocolCriteria
{
    public const string Source = "Photometrics camera test protocol";

    public static FigureCriterion BiasDeviation { get; } = new(1, Unit.Electron, CriterionBound.AtMost, Source);

    public static FigureCriterion GainLinearity { get; } = new(1, Unit.Percent, CriterionBound.AtMost, Source);
}
