namespace CamTest.Core.Diagnostics;

/// <summary>Diagnostics about the session as a whole: the camera description against what the data show.</summary>
[DiagnosticCatalog]
public static class SessionDiagnostics
{
    public static readonly DiagnosticCode BitDepthRaised = new("camera.bit-depth-raised", DiagnosticSeverity.Warning,
        "the data hold codes above the stated ADC's top code; the bit depth was raised");
}
