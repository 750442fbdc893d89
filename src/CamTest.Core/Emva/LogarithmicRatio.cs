using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>A ratio (SNR, dynamic range) written as EMVA 1288 also quotes it: in decibels (20 log10) and in bits (log2).</summary>
public static class LogarithmicRatio
{
    public static Quantity Decibels(Quantity ratio) =>
        ratio.Apply(20 * Math.Log10(ratio.Value), 20 / (ratio.Value * Math.Log(10)), Unit.Decibel);

    public static Quantity Bits(Quantity ratio) =>
        ratio.Apply(Math.Log2(ratio.Value), 1 / (ratio.Value * Math.Log(2)), Unit.Bits);
}
