using System.Runtime.InteropServices;
using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// The smallest and largest pixel values of a stack and how many pixels sit at code 0 and at the ADC's top code:
/// clipped pixels at either end bias every mean and variance, so a user should see them before analysing.
/// Merged band by band in frame order (not thread-safe: one visitor at a time, as <see cref="FramePipeline"/> calls it).
/// </summary>
public sealed class CodeExtremes
{
    private CodeExtremes(double? topCode) => TopCode = topCode;

    /// <summary>The ADC's top code (2^bits - 1), or null for floating-point data, which has none.</summary>
    public double? TopCode { get; }

    public long Pixels { get; private set; }

    public double Min { get; private set; } = double.PositiveInfinity;

    public double Max { get; private set; } = double.NegativeInfinity;

    public long AtZero { get; private set; }

    public long AtTopCode { get; private set; }

    /// <summary>Pixels equal to <see cref="Max"/>: a pile-up there below the top code shows an ADC narrower than the file's bit depth says.</summary>
    public long AtMax { get; private set; }

    public double MaxFraction => Pixels == 0 ? double.NaN : (double)AtMax / Pixels;

    public double ZeroFraction => Pixels == 0 ? double.NaN : (double)AtZero / Pixels;

    /// <summary>Fraction of pixels at the top code; null where there is no top code (float data).</summary>
    public double? TopCodeFraction => TopCode is null ? null : Pixels == 0 ? double.NaN : (double)AtTopCode / Pixels;

    /// <summary>
    /// An empty count for a stack of <paramref name="type"/> whose ADC has <paramref name="bitDepth"/> bits (e.g. 12-bit
    /// data in 16-bit words tops out at 4095); a bit depth beyond the type's own (or none) takes the type's largest value.
    /// </summary>
    public static CodeExtremes For(PixelType type, int bitDepth)
    {
        double? top = type switch
        {
            PixelType.Float32 or PixelType.Float64 => null,
            PixelType.UInt8 => Top(bitDepth, 8),
            PixelType.UInt16 => Top(bitDepth, 16),
            PixelType.Int16 => Top(bitDepth, 15),
            PixelType.UInt32 => Top(bitDepth, 32),
            _ => Top(bitDepth, 31),
        };
        return new CodeExtremes(top);
    }

    public void Add(ReadOnlySpan<byte> pixels, PixelType type)
    {
        switch (type)
        {
            case PixelType.UInt8: Count(pixels); break;
            case PixelType.UInt16: Count(MemoryMarshal.Cast<byte, ushort>(pixels)); break;
            case PixelType.Int16: Count(MemoryMarshal.Cast<byte, short>(pixels)); break;
            case PixelType.UInt32: Count(MemoryMarshal.Cast<byte, uint>(pixels)); break;
            case PixelType.Int32: Count(MemoryMarshal.Cast<byte, int>(pixels)); break;
            case PixelType.Float32: Count(MemoryMarshal.Cast<byte, float>(pixels)); break;
            default: Count(MemoryMarshal.Cast<byte, double>(pixels)); break;
        }
    }

    private static double Top(int bitDepth, int typeBits) => bitDepth is > 0 and var b && b < typeBits ? Math.Pow(2, b) - 1 : Math.Pow(2, typeBits) - 1;

    private void Count<T>(ReadOnlySpan<T> values)
        where T : struct, System.Numerics.INumber<T>
    {
        if (values.IsEmpty)
        {
            return;
        }

        T min = values[0], max = values[0], top = TopCode is double t ? T.CreateSaturating(t) : T.Zero;
        long zero = 0, atTop = 0, atMax = 0;
        bool hasTop = TopCode is not null;
        foreach (T v in values)
        {
            // NaN compares false both ways: it moves neither extreme and is counted at neither end.
            min = v < min ? v : min;
            if (v > max)
            {
                max = v;
                atMax = 0;
            }

            atMax += v == max ? 1 : 0;
            zero += T.IsZero(v) ? 1 : 0;
            atTop += hasTop && v == top ? 1 : 0;
        }

        Pixels += values.Length;
        Min = Math.Min(Min, double.CreateChecked(min));
        double bandMax = double.CreateChecked(max);
        AtMax = bandMax > Max ? atMax : bandMax == Max ? AtMax + atMax : AtMax;
        Max = Math.Max(Max, bandMax);
        AtZero += zero;
        AtTopCode += atTop;
    }
}
