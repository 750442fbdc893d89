using System.Numerics;
using System.Runtime.InteropServices;
using CamTest.IO;

namespace CamTest.Core.Tests.Statistics;

/// <summary>Random and extreme pixel buffers, and an independent scalar reference built on BigInteger.</summary>
internal static class PixelData
{
    public static readonly PixelType[] IntegerTypes =
        [PixelType.UInt8, PixelType.UInt16, PixelType.Int16, PixelType.UInt32, PixelType.Int32];

    public static (long Min, long Max) Range(PixelType type) => type switch
    {
        PixelType.UInt8 => (0, byte.MaxValue),
        PixelType.UInt16 => (0, ushort.MaxValue),
        PixelType.Int16 => (short.MinValue, short.MaxValue),
        PixelType.UInt32 => (0, uint.MaxValue),
        PixelType.Int32 => (int.MinValue, int.MaxValue),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Values of an integer type: "random" over the full range, "max"/"min" everywhere, or "extremes"
    /// alternating randomly between the two ends (the worst case for lane overflow).</summary>
    public static long[] Values(PixelType type, int length, string kind, int seed)
    {
        var random = new Random(seed);
        (long min, long max) = Range(type);
        var values = new long[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = kind switch
            {
                "max" => max,
                "min" => min,
                "extremes" => random.Next(2) == 0 ? min : max,
                _ => random.NextInt64(min, max + 1),
            };
        }

        return values;
    }

    public static byte[] ToBytes(long[] values, PixelType type)
    {
        var bytes = new byte[values.Length * type.BytesPerPixel()];
        for (int i = 0; i < values.Length; i++)
        {
            switch (type)
            {
                case PixelType.UInt8: bytes[i] = (byte)values[i]; break;
                case PixelType.UInt16: MemoryMarshal.Cast<byte, ushort>(bytes.AsSpan())[i] = (ushort)values[i]; break;
                case PixelType.Int16: MemoryMarshal.Cast<byte, short>(bytes.AsSpan())[i] = (short)values[i]; break;
                case PixelType.UInt32: MemoryMarshal.Cast<byte, uint>(bytes.AsSpan())[i] = (uint)values[i]; break;
                case PixelType.Int32: MemoryMarshal.Cast<byte, int>(bytes.AsSpan())[i] = (int)values[i]; break;
                default: throw new ArgumentOutOfRangeException(nameof(type));
            }
        }

        return bytes;
    }

    public static BigInteger Sum(IEnumerable<long> values) => values.Aggregate(BigInteger.Zero, (s, v) => s + v);

    public static BigInteger SumOfSquares(IEnumerable<long> values) =>
        values.Aggregate(BigInteger.Zero, (s, v) => s + ((BigInteger)v * v));

    /// <summary>Population variance from exact rational arithmetic: (N*S2 - S1^2) / N^2.</summary>
    public static double PopulationVariance(long[] values)
    {
        BigInteger n = values.Length, s1 = Sum(values), s2 = SumOfSquares(values);
        return (double)((n * s2) - (s1 * s1)) / (double)(n * n);
    }

    /// <summary>Plain two-pass mean and population variance in double (the textbook formula).</summary>
    public static (double Mean, double Variance) TwoPass(IReadOnlyList<double> values)
    {
        double mean = values.Sum() / values.Count;
        double m2 = values.Sum(v => (v - mean) * (v - mean));
        return (mean, m2 / values.Count);
    }
}
