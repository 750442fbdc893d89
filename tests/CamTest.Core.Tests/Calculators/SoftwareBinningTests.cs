using System.Runtime.InteropServices;
using CamTest.Core.Calculators;
using CamTest.IO;

namespace CamTest.Core.Tests.Calculators;

public class SoftwareBinningTests
{
    [Fact]
    public void Full_scale_uint16_blocks_sum_without_wrapping()
    {
        // 16 pixels of 65535 sum to 1,048,560: far beyond uint16, so the output must be uint32.
        ushort[] frame = Enumerable.Repeat(ushort.MaxValue, 8 * 4).ToArray();
        uint[] output = new uint[2];
        Assert.Equal(PixelType.UInt32, SoftwareBinning.OutputType(PixelType.UInt16));
        SoftwareBinning.SumBlocks(MemoryMarshal.AsBytes(frame.AsSpan()), PixelType.UInt16, 8, 4, 4, MemoryMarshal.AsBytes(output.AsSpan()));
        Assert.Equal([1_048_560u, 1_048_560u], output);
    }

    [Fact]
    public void Largest_factor_of_full_scale_uint16_still_fits_uint32()
    {
        // 65535 x 256^2 = 4,294,901,760 <= uint.MaxValue (4,294,967,295).
        ushort[] frame = Enumerable.Repeat(ushort.MaxValue, 256 * 256).ToArray();
        uint[] output = new uint[1];
        SoftwareBinning.SumBlocks(MemoryMarshal.AsBytes(frame.AsSpan()), PixelType.UInt16, 256, 256, SoftwareBinning.MaxFactor, MemoryMarshal.AsBytes(output.AsSpan()));
        Assert.Equal(4_294_901_760u, output[0]);
    }

    [Fact]
    public void Signed_pixels_sum_with_their_sign()
    {
        // 2x2 blocks of a 4x2 int16 frame: (-3 + 5 + -7 + 1) = -4 and (100 + 200 + -300 + 0) = 0.
        short[] frame = [-3, 5, 100, 200, -7, 1, -300, 0];
        int[] output = new int[2];
        SoftwareBinning.SumBlocks(MemoryMarshal.AsBytes(frame.AsSpan()), PixelType.Int16, 4, 2, 2, MemoryMarshal.AsBytes(output.AsSpan()));
        Assert.Equal([-4, 0], output);
    }

    [Fact]
    public void Float_pixels_sum_to_float64_and_edges_are_dropped()
    {
        // A 3x3 float frame binned 2x2 keeps only the top-left block: 0.5 + 1.5 + 3.25 + 4.75 = 10.
        float[] frame = [0.5f, 1.5f, 99, 3.25f, 4.75f, 99, 99, 99, 99];
        double[] output = new double[1];
        SoftwareBinning.SumBlocks(MemoryMarshal.AsBytes(frame.AsSpan()), PixelType.Float32, 3, 3, 2, MemoryMarshal.AsBytes(output.AsSpan()));
        Assert.Equal(10.0, output[0]);
    }
}
