using CamTest.Core.Diagnostics;

namespace CamTest.Core.Tests.Diagnostics;

public class DiagnosticCatalogTests
{
    // Uniqueness, form, severity and summary of every code the product declares (History's too) are checked over the
    // whole catalogue in CamTest.Cli.Tests' DiagnosticCatalogueTests, where every product assembly is loaded.
    [Fact]
    public void Every_area_catalog_of_core_is_found()
    {
        IReadOnlyList<DiagnosticCode> all = DiagnosticCatalog.All;
        Assert.Contains(GainDiagnostics.FlatSaturated, all);
        Assert.Contains(BiasDiagnostics.LightLeak, all);
        Assert.Contains(DarkDiagnostics.AduOnly, all);
        Assert.Contains(EmGainDiagnostics.NoBias, all);
        Assert.Contains(SessionDiagnostics.BitDepthRaised, all);
        Assert.Contains(InspectDiagnostics.NarrowAdcPileUp, all);
    }

    [Fact]
    public void A_catalog_outside_core_is_found_beside_cores_own() =>
        Assert.Contains(TestAreaDiagnostics.Example, DiagnosticCatalog.All);

    [Fact]
    public void Codes_are_found_by_id_and_list_in_declaration_order()
    {
        Assert.Same(GainDiagnostics.CurveBent, DiagnosticCatalog.Find("gain.curve-bent"));
        Assert.Null(DiagnosticCatalog.Find("gain.no-such-thing"));
        Assert.Equal(GainDiagnostics.NoGain, DiagnosticCatalog.Of(typeof(GainDiagnostics))[0]);
    }

    [Theory]
    [InlineData("Gain.saturated")]
    [InlineData("gain")]
    [InlineData("gain.Saturated")]
    [InlineData("gain.flat saturated")]
    public void A_malformed_code_is_refused(string id) =>
        Assert.Throws<ArgumentException>(() => new DiagnosticCode(id, DiagnosticSeverity.Warning, "summary"));
}

/// <summary>A catalog declared in another assembly, as a report or history module declares its own.</summary>
[DiagnosticCatalog]
public static class TestAreaDiagnostics
{
    public static readonly DiagnosticCode Example = new("testArea.example", DiagnosticSeverity.Info, "an example from a test assembly");
}
