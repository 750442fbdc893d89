using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using CamTest.IO;

namespace CamTest.Core.Analysis;

/// <summary>
/// The hot-pixel stage's work on one band of a long-dark frame, in cache: the frame less the bias as doubles, the codes
/// added to the per-pixel sums, and the pixels above a threshold found. The uint16 paths (the cameras' usual type) go
/// eight or four pixels at a time and give the scalar loops' results exactly.
/// </summary>
internal static class LongDarkKernels
{
    // Each kernel runs once per band of every frame: compiled optimised at once rather than through the tiers.

    /// <summary>Each value less its bias, into <paramref name="dark"/> (as long as <paramref name="bias"/>).</summary>
    public static void Subtract(ReadOnlySpan<byte> pixels, PixelType type, ReadOnlySpan<double> bias, Span<double> dark)
    {
        switch (type)
        {
            case PixelType.UInt8: Subtract(pixels, bias, dark); break;
            case PixelType.UInt16: SubtractUInt16(MemoryMarshal.Cast<byte, ushort>(pixels), bias, dark); break;
            case PixelType.Int16: Subtract(MemoryMarshal.Cast<byte, short>(pixels), bias, dark); break;
            case PixelType.UInt32: Subtract(MemoryMarshal.Cast<byte, uint>(pixels), bias, dark); break;
            case PixelType.Int32: Subtract(MemoryMarshal.Cast<byte, int>(pixels), bias, dark); break;
            case PixelType.Float32: Subtract(MemoryMarshal.Cast<byte, float>(pixels), bias, dark); break;
            case PixelType.Float64: Subtract(MemoryMarshal.Cast<byte, double>(pixels), bias, dark); break;
            default: throw new ArgumentOutOfRangeException(nameof(type), type, null);
        }
    }

    /// <summary>The scalar rule: the value widened exactly to a double, less the bias.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Subtract<T>(ReadOnlySpan<T> values, ReadOnlySpan<double> bias, Span<double> dark)
        where T : unmanaged, INumberBase<T>
    {
        if (values.Length != bias.Length || dark.Length != bias.Length)
        {
            throw new ArgumentException($"{values.Length} values, {bias.Length} bias values and {dark.Length} outputs", nameof(dark));
        }

        for (int i = 0; i < values.Length; i++)
        {
            dark[i] = double.CreateTruncating(values[i]) - bias[i];
        }
    }

    /// <summary><see cref="Subtract{T}"/> for uint16 codes, eight at a time (AVX2): each code widened exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SubtractUInt16(ReadOnlySpan<ushort> codes, ReadOnlySpan<double> bias, Span<double> dark)
    {
        if (codes.Length != bias.Length || dark.Length != bias.Length)
        {
            throw new ArgumentException($"{codes.Length} codes, {bias.Length} bias values and {dark.Length} outputs", nameof(dark));
        }

        int i = 0;
        if (Avx2.IsSupported)
        {
            ref ushort c = ref MemoryMarshal.GetReference(codes);
            ref double b = ref MemoryMarshal.GetReference(bias);
            ref double d = ref MemoryMarshal.GetReference(dark);
            for (; i <= codes.Length - 8; i += 8)
            {
                Vector256<int> v = Avx2.ConvertToVector256Int32(Vector128.LoadUnsafe(ref c, (nuint)i));
                nuint lower = (nuint)i, upper = (nuint)(i + 4);
                (Avx.ConvertToVector256Double(v.GetLower()) - Vector256.LoadUnsafe(ref b, lower)).StoreUnsafe(ref d, lower);
                (Avx.ConvertToVector256Double(v.GetUpper()) - Vector256.LoadUnsafe(ref b, upper)).StoreUnsafe(ref d, upper);
            }
        }

        for (; i < codes.Length; i++)
        {
            dark[i] = codes[i] - bias[i];
        }
    }

    /// <summary>uint16 codes added to uint sums, sixteen at a time (exact: the caller keeps the sums below 2^32).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddCodes(ReadOnlySpan<ushort> codes, Span<uint> sums)
    {
        if (codes.Length != sums.Length)
        {
            throw new ArgumentException($"{codes.Length} codes for {sums.Length} sums", nameof(sums));
        }

        ref ushort c = ref MemoryMarshal.GetReference(codes);
        ref uint s = ref MemoryMarshal.GetReference(sums);
        int i = 0;
        for (; i <= codes.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
        {
            (Vector256<uint> lower, Vector256<uint> upper) = Vector256.Widen(Vector256.LoadUnsafe(ref c, (nuint)i));
            nuint at = (nuint)i, next = (nuint)(i + Vector256<uint>.Count);
            (Vector256.LoadUnsafe(ref s, at) + lower).StoreUnsafe(ref s, at);
            (Vector256.LoadUnsafe(ref s, next) + upper).StoreUnsafe(ref s, next);
        }

        for (; i < codes.Length; i++)
        {
            sums[i] += codes[i];
        }
    }

    /// <summary>Adds to <paramref name="above"/> the index of every value greater than <paramref name="threshold"/>,
    /// in order (NaN never is): four compared at a time, the few above looked at one by one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Above(ReadOnlySpan<double> values, double threshold, List<int> above)
    {
        ref double v = ref MemoryMarshal.GetReference(values);
        Vector256<double> limit = Vector256.Create(threshold);
        int i = 0;
        for (; i <= values.Length - Vector256<double>.Count; i += Vector256<double>.Count)
        {
            uint bits = Vector256.GreaterThan(Vector256.LoadUnsafe(ref v, (nuint)i), limit).ExtractMostSignificantBits();
            while (bits != 0)
            {
                above.Add(i + BitOperations.TrailingZeroCount(bits));
                bits &= bits - 1;
            }
        }

        for (; i < values.Length; i++)
        {
            if (values[i] > threshold)
            {
                above.Add(i);
            }
        }
    }
}
