using System.Text.Json.Serialization;

namespace CamTest.Simulation;

/// <summary>
/// How a camera changes with use, month by month, so that a series of sessions with known truth exists for the
/// camera history. Every change is linear in the month index N (month 0 is the camera as its model describes it):
/// <list type="bullet">
/// <item>EM gain: the multiplication at the set point is G(N) = G(0) (1 - <see cref="EmGainLossPerMonth"/> N), the set point unchanged;</item>
/// <item>dark current: the ordinary pixels' rate is D(N) = D(0) (1 + <see cref="DarkCurrentRisePerMonth"/> N);</item>
/// <item>hot pixels: by month N a further <see cref="HotPixelFractionPerMonth"/> N of the pixels have turned hot (those of
/// month N stay hot at N + 1), with rates drawn as the model's own hot pixels;</item>
/// <item>bias: the offset is B(N) = B(0) + <see cref="BiasShiftAduPerMonth"/> N.</item>
/// </list>
/// </summary>
public sealed record AgeingModel
{
    /// <summary>Fraction of the month-0 EM gain lost per month (0.03: 3 % a month).</summary>
    [JsonPropertyName("emGainLossPerMonth")] public double EmGainLossPerMonth { get; init; }

    /// <summary>Fraction of the pixels that turn hot per month.</summary>
    [JsonPropertyName("hotPixelFractionPerMonth")] public double HotPixelFractionPerMonth { get; init; }

    /// <summary>Rise of the ordinary pixels' dark current per month, as a fraction of the month-0 rate.</summary>
    [JsonPropertyName("darkCurrentRisePerMonth")] public double DarkCurrentRisePerMonth { get; init; }

    /// <summary>Shift of the bias offset per month, ADU.</summary>
    [JsonPropertyName("biasShiftAduPerMonth")] public double BiasShiftAduPerMonth { get; init; }

    /// <summary>No change: the same camera every month (only the temporal noise differs between sessions).</summary>
    public static AgeingModel None { get; } = new();

    /// <summary>The camera at month <paramref name="month"/>: EM gain, dark current and bias aged (hot pixels are aged in <see cref="SensorState"/>).</summary>
    public CameraModel Apply(CameraModel camera, int month) => camera with
    {
        EmGainSetPoint = camera.EmGainSetPoint ?? camera.EmGain,
        EmGain = camera.EmGain > 1 ? camera.EmGain * (1 - (EmGainLossPerMonth * month)) : camera.EmGain,
        DarkCurrentEPerS = camera.DarkCurrentEPerS * (1 + (DarkCurrentRisePerMonth * month)),
        BiasAdu = camera.BiasAdu + (BiasShiftAduPerMonth * month),
    };

    /// <summary>The first value that cannot be simulated over <paramref name="month"/> months, in words, or null.</summary>
    public string? Problem(CameraModel camera, int month)
    {
        double[] rates = [EmGainLossPerMonth, HotPixelFractionPerMonth, DarkCurrentRisePerMonth];
        if (rates.Any(r => !(r >= 0 && double.IsFinite(r))) || !double.IsFinite(BiasShiftAduPerMonth))
        {
            return "ageing rates must be finite, and the EM gain loss, hot pixel fraction and dark current rise not negative";
        }

        if (camera.EmGain > 1 && camera.EmGain * (1 - (EmGainLossPerMonth * month)) < 1)
        {
            return $"an EM gain losing {EmGainLossPerMonth:P1} a month has no multiplication left by month {month}";
        }

        return HotPixelFractionPerMonth * month > 0.1 ? $"by month {month} more than 10 % of the pixels would be hot" : null;
    }
}
