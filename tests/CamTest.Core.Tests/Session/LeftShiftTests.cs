using CamTest.Core.Session;
using CamTest.IO;
using CamTest.IO.Session;

namespace CamTest.Core.Tests.Session;

/// <summary>Left-shift detection from the codes, and the shifted-back reading, on in-memory stacks.</summary>
public class LeftShiftTests
{
    private static ushort[] Noisy(int count, int seed, int shift)
    {
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (ushort)((100 + rng.Next(0, 40)) << shift))];
    }

    private static int Detect(ushort[] bias, ushort[] flat)
    {
        var manifest = new SessionManifest
        {
            Bias = new SessionEntry { Files = ["bias"] },
            Flats = [new SessionEntry { Files = ["flat"] }],
        };
        int width = Math.Min(32, bias.Length);
        return LeftShift.Detect(manifest, files => MemoryFrameSource.Of<ushort>(files[0] == "bias" ? bias : flat, width, bias.Length / width, PixelType.UInt16));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    public void The_shift_is_the_low_bits_zero_in_every_value(int shift) =>
        Assert.Equal(shift, Detect(Noisy(2048, 1, shift), Noisy(2048, 2, shift)));

    [Fact]
    public void One_stack_with_an_odd_code_rules_a_shift_out()
    {
        // 12-bit codes x 16 in the bias, but the flat is plain: a real camera does not shift one stack only.
        Assert.Equal(0, Detect(Noisy(2048, 1, 4), Noisy(2048, 2, 0)));
    }

    [Fact]
    public void Too_few_values_claim_no_shift()
    {
        // 8 values all even by luck (1 in 256 for noisy codes) must not be read as a shift.
        ushort[] few = [2, 4, 6, 8, 10, 12, 14, 16];
        Assert.Equal(0, Detect(few, few));
    }

    [Fact]
    public void The_shifted_back_source_reads_native_codes_and_reports_the_native_depth()
    {
        ushort[] shifted = Noisy(1024, 3, 4);
        using var source = new RightShiftedFrameSource(MemoryFrameSource.Of<ushort>(shifted, 32, 32, PixelType.UInt16), 4);
        var frame = new ushort[1024];
        source.ReadFrame<ushort>(0, frame);
        Assert.Equal(shifted.Select(v => (ushort)(v >> 4)), frame);
        Assert.Equal(12, source.Info.BitDepth);
    }
}
