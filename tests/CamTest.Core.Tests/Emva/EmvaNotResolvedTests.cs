using CamTest.Core.Diagnostics;
using CamTest.Core.Emva;
using CamTest.Core.Results;
using CamTest.Core.Session;

namespace CamTest.Core.Tests.Emva;

/// <summary>emva.not-resolved is one code for every figure left out; its section says which figure (issue 9).</summary>
public class EmvaNotResolvedTests
{
    private static Quantity Var(double value) => new(value, Unit.Adu2, 0.5);

    [Fact]
    public void Each_dsnu_part_left_out_is_named_by_its_results_key_and_the_resolved_parts_raise_nothing()
    {
        // Column and pixel variances below zero (the pattern lost in the temporal noise), total and row above.
        var dark = new EmvaSpatialVariance(Quantity.Exact(100, Unit.Adu), Var(4), Var(-0.2), Var(1), Var(-1.5), Var(0.3), 50);

        Diagnosed<EmvaDsnu> dsnu = EmvaNonUniformity.Dsnu(dark, darkHighPass: null, k: new Quantity(0.5, Unit.AduPerElectron, 0.01));

        Assert.All(dsnu.Diagnostics, d => Assert.Same(EmvaDiagnostics.NotResolved, d.Code));
        Assert.Equal(["emva.dsnuSplit.column", "emva.dsnuSplit.pixel"], dsnu.Diagnostics.Select(d => d.Section));
        Assert.Null(dsnu.Value.Electrons.Column);
        Assert.Null(dsnu.Value.Electrons.Pixel);
        Assert.NotNull(dsnu.Value.Electrons.Row);
    }

    [Fact]
    public void A_prnu_part_left_out_is_named_under_prnuSplit()
    {
        var bright = new EmvaSpatialVariance(Quantity.Exact(2000, Unit.Adu), Var(400), Var(30), Var(20), Var(-3), Var(5), 50);

        Diagnosed<EmvaPatternParts> prnu = EmvaNonUniformity.Prnu(bright, brightHighPass: null, dark: null, darkHighPass: null, Quantity.Exact(100, Unit.Adu));

        Diagnostic note = Assert.Single(prnu.Diagnostics);
        Assert.Same(EmvaDiagnostics.NotResolved, note.Code);
        Assert.Equal("emva.prnuSplit.pixel", note.Section);
        Assert.StartsWith("PRNU pixel part not resolved", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_of_one_code_about_different_keys_stay_separate_lines_in_section_order()
    {
        Diagnostic[] raised =
        [
            EmvaDiagnostics.FigureNotResolved("dsnuSplit.pixel", "DSNU pixel part not resolved"),
            EmvaDiagnostics.FigureNotResolved("darkCurrentFromMean", "dark current from the mean came out negative"),
        ];

        IReadOnlyList<ReportedDiagnostic> lines = DiagnosticReport.Of(raised).Diagnostics;

        Assert.Equal(["emva.dsnuSplit.pixel", "emva.darkCurrentFromMean"], lines.Select(l => l.Section));
        Assert.All(lines, l => Assert.Equal("emva.not-resolved", l.Code));
    }
}
