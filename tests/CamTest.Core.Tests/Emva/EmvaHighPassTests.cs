using CamTest.Core.Emva;

namespace CamTest.Core.Tests.Emva;

public class EmvaHighPassTests
{
    [Fact]
    public void The_lowpass_is_box_7_box_11_and_binomial_3_in_19_taps_summing_to_one()
    {
        Assert.Equal(19, EmvaHighPass.Kernel.Count);
        Assert.Equal(1, EmvaHighPass.Kernel.Sum(), 12);
        Assert.Equal(9, EmvaHighPass.Margin);
        // The outermost tap: 1/7 x 1/11 x 1/4 (one path through the three filters).
        Assert.Equal(1.0 / 7 / 11 / 4, EmvaHighPass.Kernel[0], 15);
    }

    [Fact]
    public void It_removes_smooth_shading_and_keeps_the_stated_share_of_white_noise()
    {
        const int w = 300, h = 260;
        var random = new Random(5);
        double[] noise = [.. Enumerable.Range(0, w * h).Select(_ => random.NextDouble() - 0.5)];
        double[] shading = [.. Enumerable.Range(0, w * h).Select(i => 100 + (0.3 * (i % w)) - (0.2 * (i / w)))];

        // A plane passes the symmetric lowpass unchanged, so the highpass of pure shading is zero.
        (double[] flat, int fw, int fh) = EmvaHighPass.Filter(shading, w, h);
        Assert.Equal((w - 18) * (h - 18), flat.Length);
        Assert.Equal(w - 18, fw);
        Assert.Equal(h - 18, fh);
        Assert.All(flat, v => Assert.True(Math.Abs(v) < 1e-9));

        // White noise keeps WhiteVarianceKept of its variance (1/12 for uniform); 67,000 pixels estimate it to 0.5 %.
        (double[] filtered, _, _) = EmvaHighPass.Filter([.. noise.Zip(shading, (a, b) => a + b)], w, h);
        double kept = filtered.Select(v => v * v).Average() / (1.0 / 12);
        Assert.InRange(kept / EmvaHighPass.WhiteVarianceKept, 0.985, 1.015);
        Assert.InRange(EmvaHighPass.WhiteVarianceKept, 0.95, 1.0);
    }
}
