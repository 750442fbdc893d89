using System.Numerics;
using System.Runtime.InteropServices;
using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// Counts of pixel values in equal-width bins [Lower + k*BinWidth, Lower + (k+1)*BinWidth), mergeable across frames.
/// For 8- and 16-bit integer data <see cref="ForCodes"/> gives one bin per code value (exact counts); for wider or
/// float data <see cref="Binned"/> takes a range, and values outside it (or NaN) are counted apart.
/// </summary>
public sealed class Histogram
{
    private readonly long[] _counts;

    private Histogram(double lower, double binWidth, int binCount)
    {
        Lower = lower;
        BinWidth = binWidth;
        _counts = new long[binCount];
    }

    public double Lower { get; }

    public double BinWidth { get; }

    public ReadOnlySpan<long> Counts => _counts;

    /// <summary>Values below <see cref="Lower"/>.</summary>
    public long Underflow { get; private set; }

    /// <summary>Values at or above the top bin's upper edge.</summary>
    public long Overflow { get; private set; }

    public long NotANumber { get; private set; }

    public long Total => _counts.Sum() + Underflow + Overflow + NotANumber;

    /// <summary>One bin per code: 256 for uint8, 65536 for uint16 and int16 (from -32768).</summary>
    public static Histogram ForCodes(PixelType type) => type switch
    {
        PixelType.UInt8 => new Histogram(0, 1, 256),
        PixelType.UInt16 => new Histogram(0, 1, 65536),
        PixelType.Int16 => new Histogram(short.MinValue, 1, 65536),
        _ => throw new ArgumentException($"{type} has too many codes for one bin each; use Binned", nameof(type)),
    };

    public static Histogram Binned(double lower, double upper, int binCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(binCount);
        if (!(upper > lower) || double.IsInfinity(upper - lower))
        {
            throw new ArgumentException($"bin range [{lower}, {upper}) is empty or unbounded", nameof(upper));
        }

        return new Histogram(lower, (upper - lower) / binCount, binCount);
    }

    public double BinLower(int bin) => Lower + (bin * BinWidth);

    /// <summary>Adds raw pixel bytes (host byte order) of the given type.</summary>
    public void Add(ReadOnlySpan<byte> pixels, PixelType type)
    {
        switch (type)
        {
            case PixelType.UInt8 when BinWidth == 1 && Lower == 0: AddCodes(pixels, 0); break;
            case PixelType.UInt16 when BinWidth == 1 && Lower == 0: AddCodes(MemoryMarshal.Cast<byte, ushort>(pixels), 0); break;
            case PixelType.Int16 when BinWidth == 1 && Lower == short.MinValue: AddCodes(MemoryMarshal.Cast<byte, short>(pixels), short.MinValue); break;
            case PixelType.UInt8: AddBinned(pixels); break;
            case PixelType.UInt16: AddBinned(MemoryMarshal.Cast<byte, ushort>(pixels)); break;
            case PixelType.Int16: AddBinned(MemoryMarshal.Cast<byte, short>(pixels)); break;
            case PixelType.UInt32: AddBinned(MemoryMarshal.Cast<byte, uint>(pixels)); break;
            case PixelType.Int32: AddBinned(MemoryMarshal.Cast<byte, int>(pixels)); break;
            case PixelType.Float32: AddBinned(MemoryMarshal.Cast<byte, float>(pixels)); break;
            case PixelType.Float64: AddBinned(MemoryMarshal.Cast<byte, double>(pixels)); break;
            default: throw new ArgumentOutOfRangeException(nameof(type), type, null);
        }
    }

    /// <summary>Adds another histogram with identical bins into this one.</summary>
    public void Combine(Histogram other)
    {
        if (other.Lower != Lower || other.BinWidth != BinWidth || other._counts.Length != _counts.Length)
        {
            throw new ArgumentException("histograms have different bins", nameof(other));
        }

        for (int i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }

        Underflow += other.Underflow;
        Overflow += other.Overflow;
        NotANumber += other.NotANumber;
    }


    private void AddCodes<T>(ReadOnlySpan<T> codes, int offset)
        where T : unmanaged, IBinaryInteger<T>
    {
        foreach (T code in codes)
        {
            _counts[int.CreateTruncating(code) - offset]++;
        }
    }

    private void AddBinned<T>(ReadOnlySpan<T> values)
        where T : unmanaged, INumberBase<T>
    {
        double scale = 1 / BinWidth;
        foreach (T raw in values)
        {
            double v = double.CreateTruncating(raw);
            if (double.IsNaN(v))
            {
                NotANumber++;
                continue;
            }

            double position = Math.Floor((v - Lower) * scale);
            if (position < 0)
            {
                Underflow++;
            }
            else if (position >= _counts.Length)
            {
                Overflow++;
            }
            else
            {
                _counts[(int)position]++;
            }
        }
    }
}
