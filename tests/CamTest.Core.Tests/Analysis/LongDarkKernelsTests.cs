using CamTest.Core.Analysis;

namespace CamTest.Core.Tests.Analysis;

/// <summary>The hot-pixel stage's uint16 kernels against their scalar loops, at every length and offset.</summary>
public sealed class LongDarkKernelsTests
{
    private static readonly Random Random = new(16);
    private static readonly ushort[] Codes = [.. Enumerable.Range(0, 300).Select(_ => (ushort)Random.Next(0, 65536))];
    private static readonly double[] Bias = [.. Enumerable.Range(0, 300).Select(_ => 100 + (Random.NextDouble() * 3))];

    private static IEnumerable<(int Length, int Offset)> Spans()
    {
        for (int length = 0; length <= 256; length++)
        {
            for (int offset = 0; offset < 8; offset += length < 64 ? 1 : 3)
            {
                yield return (length, offset);
            }
        }
    }

    [Fact]
    public void The_uint16_frame_less_the_bias_equals_the_scalar_rule()
    {
        foreach ((int length, int offset) in Spans())
        {
            double[] expected = new double[length], actual = new double[length];
            LongDarkKernels.Subtract<ushort>(Codes.AsSpan(offset, length), Bias.AsSpan(offset + 1, length), expected);
            LongDarkKernels.SubtractUInt16(Codes.AsSpan(offset, length), Bias.AsSpan(offset + 1, length), actual);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Codes_added_to_the_sums_equal_the_scalar_adds()
    {
        foreach ((int length, int offset) in Spans())
        {
            uint[] sums = [.. Enumerable.Range(0, length).Select(i => (uint)(i * 70_000))];
            uint[] expected = [.. sums.Select((s, i) => s + Codes[offset + i])];
            LongDarkKernels.AddCodes(Codes.AsSpan(offset, length), sums);
            Assert.Equal(expected, sums);
        }
    }

    [Fact]
    public void The_values_above_a_threshold_are_every_one_in_order()
    {
        double[] values = [.. Bias];
        values[7] = double.NaN;
        foreach ((int length, int offset) in Spans())
        {
            double[] span = values[offset..(offset + length)];
            int[] expected = [.. Enumerable.Range(0, length).Where(i => span[i] > 101.5)];
            var actual = new List<int>();
            LongDarkKernels.Above(values.AsSpan(offset, length), 101.5, actual);
            Assert.Equal(expected, actual);
        }
    }
}
