namespace CamTest.Core.Diagnostics;

/// <summary>Diagnostics of the bias stack (or maps) and of what is measured from it.</summary>
[DiagnosticCatalog]
public static class BiasDiagnostics
{
    public static readonly DiagnosticCode BottomCodeClipped = new("bias.bottom-code-clipped", DiagnosticSeverity.Warning,
        "bias values pile up on the lowest code, so the level and read noise read low");

    public static readonly DiagnosticCode GivenAsMaps = new("bias.given-as-maps", DiagnosticSeverity.Warning,
        "the bias is given as maps: stability and fixed pattern are not measured, and offsets carry no standard error");

    public static readonly DiagnosticCode LightLeak = new("bias.light-leak", DiagnosticSeverity.Warning,
        "the bias lies above the darks' zero-exposure level: light may have reached the sensor");

    public static readonly DiagnosticCode LightLeakFitErrorsUnknown = new("bias.light-leak-fit-errors-unknown", DiagnosticSeverity.Warning,
        "a dark level's mean error is unknown: the line through the darks cannot weight it, so the light-leak check judges the bias by its excess alone");

    public static readonly DiagnosticCode FixedPatternNotMeasured = new("fixedPattern.not-measured", DiagnosticSeverity.Warning,
        "fixed-pattern noise not measured");
}
