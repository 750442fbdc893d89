using System.Runtime.InteropServices;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Tests.Statistics;

/// <summary>
/// The maps of the per-pixel pass (<see cref="StackStatistics.PerPixelMaps"/>: <see cref="StackPass"/> with
/// <see cref="PixelMapsAccumulator"/>, the one driver of maps and analyze) must be exactly those of adding every frame
/// in turn, whatever the tile size and the frames left over after the last full block; the block kernel must equal the
/// one-frame-at-a-time scalar sums at every length and alignment.
/// </summary>
public class PerPixelMapsTests
{
    [Fact]
    public void The_block_kernel_equals_scalar_sums_at_every_length_up_to_256_and_every_alignment()
    {
        var random = new Random(3);
        foreach (int frames in new[] { 1, 2, 3, 8, 9 })
        {
            for (int n = 0; n <= 256; n++)
            {
                foreach (int skew in new[] { 0, 1, 3 })
                {
                    // Values near both ends: 65535^2 is the largest square, where a 32-bit lane would overflow.
                    ushort[] backing = [.. Enumerable.Range(0, skew + (frames * n)).Select(_ => (ushort)(random.Next(3) == 0 ? 65535 - random.Next(4) : random.Next(65536)))];
                    ReadOnlySpan<ushort> x = backing.AsSpan(skew);
                    long[] start = [.. Enumerable.Range(0, n).Select(_ => (long)random.Next(1000))];
                    ulong[] startSquares = [.. Enumerable.Range(0, n).Select(_ => (ulong)random.Next(1000))];
                    long[] sum = [.. start];
                    ulong[] squares = [.. startSquares];
                    PixelSumKernels.AddUInt16Frames(x, frames, sum, squares);
                    for (int i = 0; i < n; i++)
                    {
                        long s = start[i];
                        ulong q = startSquares[i];
                        for (int f = 0; f < frames; f++)
                        {
                            ulong v = x[(f * n) + i];
                            s += (long)v;
                            q += v * v;
                        }

                        Assert.Equal(s, sum[i]);
                        Assert.Equal(q, squares[i]);
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(PixelType.UInt16, 1)]
    [InlineData(PixelType.UInt16, 3)]
    [InlineData(PixelType.UInt16, 64 << 10)]
    [InlineData(PixelType.UInt16, 5)]
    [InlineData(PixelType.UInt8, 2)]
    [InlineData(PixelType.Int16, 3)]
    [InlineData(PixelType.Float32, 2)]
    public void Maps_equal_those_of_adding_every_frame_in_turn(PixelType type, int tileRows)
    {
        // 21 frames: two full blocks of 8 and 5 left over; 13 rows: a last tile shorter than the others.
        const int width = 19, height = 13, frames = 21;
        var random = new Random(11);
        var bytes = new byte[frames * width * height * type.BytesPerPixel()];
        if (type == PixelType.Float32)
        {
            float[] values = [.. Enumerable.Range(0, frames * width * height).Select(_ => 100f + (10f * random.NextSingle()))];
            Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        }
        else
        {
            random.NextBytes(bytes);
        }

        using MemoryFrameSource source = type switch
        {
            PixelType.UInt8 => MemoryFrameSource.Of<byte>(bytes, width, height, type),
            PixelType.UInt16 => MemoryFrameSource.Of<ushort>(MemoryMarshal.Cast<byte, ushort>(bytes), width, height, type),
            PixelType.Int16 => MemoryFrameSource.Of<short>(MemoryMarshal.Cast<byte, short>(bytes), width, height, type),
            _ => MemoryFrameSource.Of<float>(MemoryMarshal.Cast<byte, float>(bytes), width, height, type),
        };
        PixelMaps pass = StackStatistics.PerPixelMaps(source, tileRows * width * type.BytesPerPixel());
        var direct = new PixelAccumulator(width * height, type);
        int frameBytes = width * height * type.BytesPerPixel();
        for (int f = 0; f < frames; f++)
        {
            direct.Add(bytes.AsSpan(f * frameBytes, frameBytes));
        }

        Assert.Equal(frames, pass.FrameCount);
        // Integer types: exact sums, so the maps are identical. Float32 (Welford, the same updates in the same frame
        // order per pixel) is identical too.
        Assert.Equal(direct.MeanMap(), pass.Mean);
        Assert.Equal(direct.VarianceMap(), pass.Variance);
    }

    [Fact]
    public void A_failing_read_propagates_unchanged()
    {
        const int width = 8, height = 64, frames = 20;
        using MemoryFrameSource memory = MemoryFrameSource.Of<ushort>(new ushort[frames * width * height], width, height, PixelType.UInt16);
        var failing = new FailingSource(memory, failFrame: 13);
        InvalidInputException ex = Assert.Throws<InvalidInputException>(() => StackStatistics.PerPixelMaps(failing, width * 2));
        Assert.Contains("frame 13", ex.Message, StringComparison.Ordinal);
    }

    private sealed class FailingSource(IFrameSource inner, int failFrame) : IFrameSource
    {
        public StackInfo Info => inner.Info;

        public void ReadRows(int frame, int firstRow, int rowCount, Span<byte> destination)
        {
            if (frame == failFrame)
            {
                throw new InvalidInputException(Info.Path, $"frame {frame} is truncated");
            }

            inner.ReadRows(frame, firstRow, rowCount, destination);
        }

        public void Dispose()
        {
        }
    }

    [Fact]
    public void No_frames_give_NaN_maps()
    {
        using MemoryFrameSource empty = MemoryFrameSource.Of<ushort>([], 4, 3, PixelType.UInt16);
        PixelMaps maps = StackStatistics.PerPixelMaps(empty);
        Assert.Equal(12, maps.Mean.Length);
        Assert.All(maps.Mean, m => Assert.True(double.IsNaN(m)));
        Assert.All(maps.Variance, v => Assert.True(double.IsNaN(v)));
    }
}
