namespace CamTest.Core.Diagnostics;

/// <summary>Diagnostics of a line profile (<c>camtest profile</c>): what its numbers cannot show.</summary>
[DiagnosticCatalog]
public static class ProfileDiagnostics
{
    public static readonly DiagnosticCode PeakClipped = new("profile.peak-clipped", DiagnosticSeverity.Warning,
        "the profile's peak sits at the ADC's top code: the spot is clipped and its true peak is higher");
}
