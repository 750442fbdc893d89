using CamTest.Core.Results;

namespace CamTest.Reporting.Html.Sections;

/// <summary>A flat level's temporal noise for the log-log photon transfer plot: the square root of its variance, with
/// the error the algebra carries through it (an unknown one stays unknown).</summary>
internal sealed record FlatTemporalNoise(double SignalAdu, Quantity Noise)
{
    public static FlatTemporalNoise Of(GainPoint level) => new(level.SignalAdu, level.Variance.Sqrt());
}
