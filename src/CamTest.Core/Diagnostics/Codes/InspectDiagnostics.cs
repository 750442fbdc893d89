namespace CamTest.Core.Diagnostics;

/// <summary>Diagnostics of one image file as <c>camtest inspect</c> describes it: what its codes suggest about the camera.</summary>
[DiagnosticCatalog]
public static class InspectDiagnostics
{
    public static readonly DiagnosticCode NarrowAdcPileUp = new("inspect.narrow-adc-pile-up", DiagnosticSeverity.Warning,
        "many pixels sit at one maximum below the file's top code: the data look clipped by an ADC narrower than the file's bit depth");
}
