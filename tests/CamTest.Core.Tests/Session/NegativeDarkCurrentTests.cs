using CamTest.Core.Analysis;
using CamTest.Core.Diagnostics;
using CamTest.Core.Results;
using CamTest.Core.Session;
using Xunit;

namespace CamTest.Core.Tests.Session;

/// <summary>
/// A dark current below zero: withheld when it is below zero by more than its error, kept with a warning when within
/// it, and, with an unknown error, kept and said to be below zero without a bound (an unknown error is not 0, so it
/// cannot make a rate "below zero by more than its error").
/// </summary>
public sealed class NegativeDarkCurrentTests
{
    private static DarkCurrentResult Rate(double value, double? stdErr) => new(
        null, null, [], new Quantity(value, Unit.AduPerPixelPerSecond, stdErr), null);

    [Fact]
    public void Below_zero_by_more_than_its_error_is_withheld()
    {
        Diagnosed<DarkCurrentResult?> checkedRate = NegativeDarkCurrent.Check(Rate(-0.5, 0.1), [], "bias.tif", 100);
        Assert.Null(checkedRate.Value);
        Assert.Equal([DarkDiagnostics.NegativeRate.Id], checkedRate.Diagnostics.Select(d => d.Code.Id));
    }

    [Fact]
    public void Below_zero_within_its_error_is_kept_and_said()
    {
        Diagnosed<DarkCurrentResult?> checkedRate = NegativeDarkCurrent.Check(Rate(-0.05, 0.1), [], null, null);
        Assert.NotNull(checkedRate.Value);
        Assert.Equal([DarkDiagnostics.ConsistentWithZero.Id], checkedRate.Diagnostics.Select(d => d.Code.Id));
    }

    [Fact]
    public void Below_zero_with_an_unknown_error_is_kept_and_said_without_a_bound_never_plus_or_minus_NaN()
    {
        Diagnosed<DarkCurrentResult?> checkedRate = NegativeDarkCurrent.Check(Rate(-0.5, null), [], null, null);
        Assert.NotNull(checkedRate.Value);
        Diagnostic said = Assert.Single(checkedRate.Diagnostics);
        Assert.Equal(DarkDiagnostics.ConsistentWithZero.Id, said.Code.Id);
        Assert.Contains("without a standard error", said.Message);
        Assert.DoesNotContain("NaN", said.Message);
    }
}
