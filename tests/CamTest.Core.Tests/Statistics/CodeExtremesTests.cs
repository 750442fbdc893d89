using CamTest.Core.Statistics;
using CamTest.IO;
using Xunit;

namespace CamTest.Core.Tests.Statistics;

/// <summary>
/// The SIMD code counts (<see cref="CodeExtremes"/> over <see cref="CodeCountKernel"/>) against a plain scalar count:
/// every length 0..256 (all vector/tail splits), unaligned starts, and the merge of bands whose maxima differ.
/// </summary>
public sealed class CodeExtremesTests
{
    public static TheoryData<PixelType, string> Cases()
    {
        var data = new TheoryData<PixelType, string>();
        foreach (PixelType type in new[] { PixelType.UInt8, PixelType.UInt16, PixelType.Int16 })
        {
            // "narrow" piles values on few codes, so the maximum, the code below it and the lowest code all recur.
            foreach (string kind in new[] { "random", "narrow", "extremes", "max", "min" })
            {
                data.Add(type, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Counts_match_the_scalar_reference_at_every_length_up_to_256_and_every_offset(PixelType type, string kind)
    {
        for (int length = 0; length <= 256; length++)
        {
            long[] values = Values(type, length + 7, kind, seed: length);
            byte[] bytes = PixelData.ToBytes(values, type);
            int size = type.BytesPerPixel();
            // Offsets 0..7 pixels: starts that are not aligned to a vector.
            for (int offset = 0; offset < 8; offset += length < 64 ? 1 : 3)
            {
                var codes = CodeExtremes.For(type, 0);
                codes.Add(bytes.AsSpan(offset * size, length * size));
                AssertMatches(values.AsSpan(offset, length).ToArray(), type, codes);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bands_merge_to_the_counts_of_the_whole(PixelType type, string kind)
    {
        long[] values = Values(type, 100_003, kind, seed: 5);
        byte[] bytes = PixelData.ToBytes(values, type);
        int size = type.BytesPerPixel();
        var codes = CodeExtremes.For(type, 0);
        var random = new Random(1);
        for (int start = 0; start < values.Length;)
        {
            int length = Math.Min(values.Length - start, random.Next(1, 3000));
            codes.Add(bytes.AsSpan(start * size, length * size));
            start += length;
        }

        AssertMatches(values, type, codes);
    }

    [Fact]
    public void A_band_whose_maximum_is_one_above_the_previous_takes_its_count_as_below_max()
    {
        var codes = CodeExtremes.For(PixelType.UInt16, 0);
        codes.Add(PixelData.ToBytes([5, 9, 9, 9], PixelType.UInt16));
        codes.Add(PixelData.ToBytes([10, 10, 9, 3], PixelType.UInt16));
        codes.Add(PixelData.ToBytes([9, 8], PixelType.UInt16));
        Assert.Equal(10, codes.Max);
        Assert.Equal(2, codes.AtMax);
        Assert.Equal(5, codes.BelowMax);
    }

    private static void AssertMatches(long[] values, PixelType type, CodeExtremes codes)
    {
        long lowest = PixelData.Range(type).Min;
        Assert.Equal(values.Length, codes.Pixels);
        Assert.Equal(values.Count(v => v == 0), codes.AtZero);
        Assert.Equal(values.Count(v => v == lowest), codes.AtLowest);
        if (values.Length == 0)
        {
            return;
        }

        long max = values.Max();
        Assert.Equal(values.Min(), codes.Min);
        Assert.Equal(max, codes.Max);
        Assert.Equal(values.Count(v => v == max), codes.AtMax);
        Assert.Equal(values.Count(v => v == max - 1), codes.BelowMax);
        Assert.Equal(values.Count(v => v == codes.TopCode), codes.AtTopCode);
    }

    private static long[] Values(PixelType type, int length, string kind, int seed)
    {
        if (kind != "narrow")
        {
            return PixelData.Values(type, length, kind, seed);
        }

        var random = new Random(seed);
        long lowest = PixelData.Range(type).Min;
        return [.. Enumerable.Range(0, length).Select(_ => random.Next(4) == 0 ? lowest : lowest + random.Next(0, 4))];
    }
}
