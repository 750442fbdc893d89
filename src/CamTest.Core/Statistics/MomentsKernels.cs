using System.Runtime.InteropServices;
using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// Moments of a span of pixels, for every pixel type a frame source delivers: the public entry over the
/// per-type SIMD kernels. Integer types give exact <see cref="IntegerMoments"/>; float types <see cref="FloatMoments"/>.
/// </summary>
public static class MomentsKernels
{
    /// <summary>Moments of raw pixel bytes (host byte order) of the given type.</summary>
    public static IMoments Compute(ReadOnlySpan<byte> pixels, PixelType type) => type switch
    {
        PixelType.UInt8 => UInt8MomentsKernel.Compute(pixels),
        PixelType.UInt16 => UInt16MomentsKernel.Compute(MemoryMarshal.Cast<byte, ushort>(pixels)),
        PixelType.Int16 => Int16MomentsKernel.Compute(MemoryMarshal.Cast<byte, short>(pixels)),
        PixelType.UInt32 => Int32MomentsKernel.Compute(MemoryMarshal.Cast<byte, uint>(pixels)),
        PixelType.Int32 => Int32MomentsKernel.Compute(MemoryMarshal.Cast<byte, int>(pixels)),
        PixelType.Float32 => FloatMomentsKernel.Compute(MemoryMarshal.Cast<byte, float>(pixels)),
        PixelType.Float64 => FloatMomentsKernel.Compute(MemoryMarshal.Cast<byte, double>(pixels)),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static IntegerMoments Compute(ReadOnlySpan<byte> pixels) => UInt8MomentsKernel.Compute(pixels);

    public static IntegerMoments Compute(ReadOnlySpan<ushort> pixels) => UInt16MomentsKernel.Compute(pixels);

    public static IntegerMoments Compute(ReadOnlySpan<short> pixels) => Int16MomentsKernel.Compute(pixels);

    public static IntegerMoments Compute(ReadOnlySpan<uint> pixels) => Int32MomentsKernel.Compute(pixels);

    public static IntegerMoments Compute(ReadOnlySpan<int> pixels) => Int32MomentsKernel.Compute(pixels);

    public static FloatMoments Compute(ReadOnlySpan<float> pixels) => FloatMomentsKernel.Compute(pixels);

    public static FloatMoments Compute(ReadOnlySpan<double> pixels) => FloatMomentsKernel.Compute(pixels);

    /// <summary>Merges moments of the same kind (both integer or both float).</summary>
    public static IMoments Combine(IMoments first, IMoments second) => (first, second) switch
    {
        (IntegerMoments a, IntegerMoments b) => a.Combine(b),
        (FloatMoments a, FloatMoments b) => a.Combine(b),
        _ => throw new ArgumentException("cannot merge integer moments with float moments", nameof(second)),
    };
}
