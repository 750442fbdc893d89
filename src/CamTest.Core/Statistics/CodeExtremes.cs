using System.Numerics;
using System.Runtime.InteropServices;
using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// The smallest and largest pixel values of a stack and how many pixels sit at code 0, at the type's lowest code, at
/// the ADC's top code, at the largest value present and one below it: clipped pixels at either end bias every mean
/// and variance, so a user should see them before analysing, and the analysis must know them. A
/// <see cref="StackPass"/> accumulator (bands merged in any order; not thread-safe, one pass at a time). 8- and
/// 16-bit data are counted by SIMD (<see cref="CodeCountKernel"/>), wider and float data by a scalar loop.
/// </summary>
public sealed class CodeExtremes : IStackAccumulator
{
    private CodeExtremes(PixelType type, double? topCode)
    {
        Type = type;
        TopCode = topCode;
    }

    public PixelType Type { get; }

    /// <summary>The ADC's top code (2^bits - 1), or null for floating-point data, which has none.</summary>
    public double? TopCode { get; }

    public long Pixels { get; private set; }

    public double Min { get; private set; } = double.PositiveInfinity;

    public double Max { get; private set; } = double.NegativeInfinity;

    public long AtZero { get; private set; }

    public long AtTopCode { get; private set; }

    /// <summary>Pixels equal to <see cref="Max"/>: a pile-up there below the top code shows an ADC narrower than the file's bit depth says.</summary>
    public long AtMax { get; private set; }

    /// <summary>Pixels equal to <see cref="Max"/> - 1 (8- and 16-bit data only; 0 otherwise): a clipped top code holds more than the code below it, a free tail fewer.</summary>
    public long BelowMax { get; private set; }

    /// <summary>Pixels on the type's lowest code (0 for unsigned data, -32768 for int16; 8- and 16-bit data only).</summary>
    public long AtLowest { get; private set; }

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
        return new CodeExtremes(type, top);
    }

    public void Add(FrameBand band, ReadOnlySpan<byte> pixels, ReadOnlySpan<byte> previous) => Add(pixels);

    public void Add(ReadOnlySpan<byte> pixels)
    {
        switch (Type)
        {
            case PixelType.UInt8: CountCodes(pixels); break;
            case PixelType.UInt16: CountCodes(MemoryMarshal.Cast<byte, ushort>(pixels)); break;
            case PixelType.Int16: CountCodes(MemoryMarshal.Cast<byte, short>(pixels)); break;
            case PixelType.UInt32: CountScalar(MemoryMarshal.Cast<byte, uint>(pixels)); break;
            case PixelType.Int32: CountScalar(MemoryMarshal.Cast<byte, int>(pixels)); break;
            case PixelType.Float32: CountScalar(MemoryMarshal.Cast<byte, float>(pixels)); break;
            default: CountScalar(MemoryMarshal.Cast<byte, double>(pixels)); break;
        }
    }

    private static double Top(int bitDepth, int typeBits) => bitDepth is > 0 and var b && b < typeBits ? Math.Pow(2, b) - 1 : Math.Pow(2, typeBits) - 1;

    private void CountCodes<T>(ReadOnlySpan<T> values)
        where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
    {
        if (values.IsEmpty)
        {
            return;
        }

        (T min, T max) = CodeCountKernel.Extremes(values);
        T top = T.CreateSaturating(TopCode!.Value);
        // The code below the maximum does not exist when the maximum is the lowest code: count nothing for it then.
        bool hasBelow = max != T.MinValue;
        Span<long> counts = stackalloc long[5];
        CodeCountKernel.Count(values, [max, hasBelow ? max - T.One : max, T.MinValue, T.Zero, top], counts);
        Merge(values.Length, double.CreateChecked(min), double.CreateChecked(max), counts[0], hasBelow ? counts[1] : 0, counts[2], counts[3], counts[4]);
    }

    private void CountScalar<T>(ReadOnlySpan<T> values)
        where T : struct, INumber<T>
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

        Merge(values.Length, double.CreateChecked(min), double.CreateChecked(max), atMax, 0, 0, zero, atTop);
    }

    /// <summary>Merges one band's counts: the counts at the maximum and below it follow whichever maximum is larger.</summary>
    private void Merge(long pixels, double min, double max, long atMax, long belowMax, long atLowest, long zero, long atTop)
    {
        if (max > Max)
        {
            BelowMax = belowMax + (max - 1 == Max ? AtMax : 0);
            AtMax = atMax;
            Max = max;
        }
        else if (max == Max)
        {
            AtMax += atMax;
            BelowMax += belowMax;
        }
        else if (max == Max - 1)
        {
            BelowMax += atMax;
        }

        Pixels += pixels;
        Min = Math.Min(Min, min);
        AtLowest += atLowest;
        AtZero += zero;
        AtTopCode += atTop;
    }
}
