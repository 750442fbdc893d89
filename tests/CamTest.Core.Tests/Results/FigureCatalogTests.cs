using CamTest.Core.Emva;
using CamTest.Core.Results;

namespace CamTest.Core.Tests.Results;

public class FigureCatalogTests
{
    [Fact]
    public void Every_area_is_found_and_no_two_figures_share_a_key()
    {
        IReadOnlyList<FigureDeclaration> all = FigureCatalog.All;
        Type[] areas = [typeof(BiasFigures), typeof(ReadNoiseFigures), typeof(GainFigures), typeof(DarkCurrentFigures), typeof(HotPixelFigures),
            typeof(SaturationFigures), typeof(FixedPatternFigures), typeof(EmGainFigures), typeof(TimingFigures)];
        Assert.All(areas, area => Assert.All(FigureCatalog.Of(area), f => Assert.Contains(f, all)));
        Assert.Contains(TestAreaFigures.Example, all);
        Assert.Equal(all.Count, all.Select(f => f.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, f => Assert.False(string.IsNullOrWhiteSpace(f.Name) || string.IsNullOrWhiteSpace(f.Meaning) || string.IsNullOrWhiteSpace(f.Symbol)));
    }

    [Fact]
    public void A_figure_is_found_by_its_results_json_path_with_or_without_an_index()
    {
        Assert.Same(GainFigures.SystemGain, FigureCatalog.Find("gain.systemGain"));
        Assert.Same(GainFigures.PointGain, FigureCatalog.Find("gain.points[3].gainEPerAdu"));
        Assert.Null(FigureCatalog.Find("gain.noSuchFigure"));
        Assert.Throws<KeyNotFoundException>(() => FigureCatalog.Get("gain.noSuchFigure"));
    }

    [Fact]
    public void Criteria_are_the_protocols_and_read_as_shown()
    {
        Assert.Equal("≤ 1 e-", BiasFigures.MaxDeviation.Criterion!.Text);
        Assert.Equal("≤ 1 %", GainFigures.Linearity.Criterion!.Text);
        Assert.True(BiasFigures.MaxDeviation.Criterion.IsMetBy(0.99));
        Assert.False(BiasFigures.MaxDeviation.Criterion.IsMetBy(1.01));
        Assert.Null(GainFigures.SystemGain.Criterion);
    }

    [Fact]
    public void A_figure_is_written_in_its_declared_unit_and_refuses_another_kind()
    {
        Quantity interval = TimingFigures.FrameInterval.Express(new Quantity(0.002, Unit.Second, 1e-5));
        Assert.Equal(Unit.Millisecond, interval.Unit);
        Assert.Equal(2, interval.Value, 12);
        Assert.Equal(0.01, interval.StdErr!.Value, 12);
        Assert.Equal("x", EmGainFigures.Factor.Express(new Quantity(262, Unit.One, 3)).Unit.Symbol);
        Assert.Throws<InvalidOperationException>(() => GainFigures.SystemGain.Express(new Quantity(1, Unit.AduPerElectron, 0)));
        // The same unit is spelt as declared: EMVA 1288's DN for CamTest's ADU.
        Assert.Equal("DN/e-", EmvaFigures.SystemGain.Express(new Quantity(0.28, Unit.AduPerElectron, 0.001)).Unit.Symbol);
        Assert.Null(GainFigures.SystemGain.Express(null));
    }

    [Fact]
    public void A_figure_s_json_name_is_its_own_key_in_its_object()
    {
        Assert.Equal("gainEPerAdu", GainFigures.PointGain.JsonName);
        Assert.Equal("maxDeviationAduStdErr", BiasFigures.MaxDeviationAduStdErr.JsonName);
        Assert.Equal("counts", HotPixelFigures.DarkHistogram.JsonName);
        Assert.Equal("systemGain", GainFigures.SystemGain.JsonName);
    }

    [Theory]
    [InlineData("Gain.systemGain")]
    [InlineData("gain..systemGain")]
    [InlineData("gain.system gain")]
    public void A_malformed_key_is_refused(string key) =>
        Assert.Throws<ArgumentException>(() => new FigureDeclaration(key, "n", "s", Unit.One, "m"));
}

/// <summary>A catalog in another assembly, as the EMVA module or the history store declares its figures.</summary>
[FigureCatalog]
public static class TestAreaFigures
{
    public static readonly FigureDeclaration Example = new("testArea.example", "Example", "E", Unit.Electron, "A figure declared by a test assembly.");
}
