namespace CamTest.Core.Diagnostics;

/// <summary>Diagnostics of the read noise when the bias cannot give it from its own pairs.</summary>
[DiagnosticCatalog]
public static class ReadNoiseDiagnostics
{
    public static readonly DiagnosticCode FromDarkPair = new("readNoise.from-dark-pair", DiagnosticSeverity.Info,
        "the read noise is the temporal dark noise of the shortest dark pair (no bias pair): it holds that exposure's dark shot noise too");

    public static readonly DiagnosticCode NeedsPair = new("readNoise.needs-pair", DiagnosticSeverity.Warning,
        "the read noise needs a pair of frames: the bias is one frame and there are no darks");

    public static readonly DiagnosticCode QuantisationLimited = new("readNoise.quantisation-limited", DiagnosticSeverity.Warning,
        "the temporal noise without light is below what the ADC resolves (0.24 ADU^2): the read noise given is the ADC's resolution, an upper bound without a standard error");
}
