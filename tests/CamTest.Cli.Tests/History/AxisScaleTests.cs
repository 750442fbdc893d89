using CamTest.Reporting.Plots;

namespace CamTest.Cli.Tests.History;

public sealed class AxisScaleTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(499.97, 504.1)]
    [InlineData(10000 - 1e-13, 10000 + 1e-13)] // a frame interval that never moves: once looped forever
    [InlineData(-3e-7, 2e-6)]
    [InlineData(1e12, 1e12)]
    public void Ticks_are_few_nice_and_cover_the_data(double min, double max)
    {
        var axis = new AxisScale(min, max, 100, 0);

        double[] ticks = [.. axis.Ticks()];

        Assert.InRange(ticks.Length, 3, 12);
        Assert.True(axis.Min <= min && axis.Max >= max);
        Assert.Equal(100, axis.Pixel(axis.Min), 9);
        Assert.Equal(0, axis.Pixel(axis.Max), 9);
    }
}
