using CamTest.Core.Analysis;
using CamTest.Core.Results;

namespace CamTest.Core.Tests.Analysis;

public class FixedPatternNoiseTests
{
    [Fact]
    public void Recovers_pixel_and_row_patterns_after_removing_the_averaged_temporal_noise()
    {
        // Mean of L = 100 frames: per-pixel offsets sd 1 ADU, row offsets sd 0.5 ADU, temporal variance 9 ADU^2
        // (left in the mean map as 9/100). Truth: DSNU = sqrt(1 + 0.25) ADU, row noise 0.5 ADU, no column pattern.
        const int w = 400, h = 300, frames = 100;
        const double temporal = 9, gain = 2;
        var g = new Gaussian(11);
        double[] rowOffset = [.. Enumerable.Range(0, h).Select(_ => g.Next(0.5))];
        double[] map = new double[w * h];
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                map[(y * w) + x] = 100 + rowOffset[y] + g.Next(1) + g.Next(Math.Sqrt(temporal / frames));
            }
        }

        FixedPatternResult r = FixedPatternNoise.Analyze(map, w, h, frames, Quantity.Exact(temporal, Unit.Adu2), Quantity.Exact(gain, Unit.ElectronsPerAdu));

        // The stated DSNU error treats pixels as independent. The 300 realised row offsets add their own sampling
        // spread: var(0.25 ADU^2) x sqrt(2/299) = 0.020 ADU^2, which through the sqrt at 1.118 ADU and gain 2 is
        // 0.018 e-. Both enter the 4-sigma band. Row noise: 300 rows give a relative error of 1/sqrt(2 x 299) = 4 %.
        double rowSampling = 0.25 * Math.Sqrt(2.0 / 299) / (2 * Math.Sqrt(1.25)) * gain;
        double dsnuBand = 4 * Math.Sqrt(Math.Pow(r.Dsnu!.StdErr!.Value, 2) + (rowSampling * rowSampling));
        Assert.InRange(r.Dsnu.Value, (Math.Sqrt(1.25) * gain) - dsnuBand, (Math.Sqrt(1.25) * gain) + dsnuBand);
        Assert.InRange(r.RowNoise!.Value, (0.5 * gain) - (4 * r.RowNoise.StdErr!.Value), (0.5 * gain) + (4 * r.RowNoise.StdErr.Value));
        // Columns carry no pattern: either unresolved (null) or small against the row pattern.
        Assert.True(r.ColumnNoise is null || r.ColumnNoise.Value < 0.2 * gain);
    }

    [Fact]
    public void The_dsnu_error_carries_the_spatial_variance_the_temporal_correction_and_the_gain_to_first_order()
    {
        // sigma = sqrt(m - T/L) x g with m the map's sample variance of n pixels (error m sqrt(2/(n-1))), T the temporal
        // variance with error sT, g the gain with error sg: first order, s(sigma)^2 = g^2 (s(m)^2 + (sT/L)^2) / (4 (m - T/L))
        // + (m - T/L) sg^2. The same arithmetic in closed form, so they agree to rounding (1e-12 relative).
        (double[] map, int w, int h) = PatternMap();
        const int frames = 10;
        var temporal = new Quantity(9, Unit.Adu2, 0.4);
        var gain = new Quantity(2, Unit.ElectronsPerAdu, 0.01);
        FixedPatternResult r = FixedPatternNoise.Analyze(map, w, h, frames, temporal, gain);

        int n = map.Length;
        double mean = map.Average();
        double m = map.Sum(v => (v - mean) * (v - mean)) / (n - 1);
        double corrected = m - (9.0 / frames);
        double expected = Math.Sqrt(
            (4 * ((m * m * 2.0 / (n - 1)) + Math.Pow(0.4 / frames, 2)) / (4 * corrected)) + (corrected * 0.01 * 0.01));
        Assert.Equal(Math.Sqrt(corrected) * 2, r.Dsnu!.Value, 12);
        Assert.Equal(expected, r.Dsnu.StdErr!.Value, expected * 1e-12);
    }

    [Fact]
    public void An_unknown_temporal_variance_error_or_gain_error_leaves_the_pattern_errors_unknown_not_zero()
    {
        (double[] map, int w, int h) = PatternMap();
        FixedPatternResult known = FixedPatternNoise.Analyze(map, w, h, 10, new Quantity(9, Unit.Adu2, 0.4), new Quantity(2, Unit.ElectronsPerAdu, 0.01));
        FixedPatternResult temporalUnknown = FixedPatternNoise.Analyze(map, w, h, 10, Quantity.WithUnknownError(9, Unit.Adu2), new Quantity(2, Unit.ElectronsPerAdu, 0.01));
        FixedPatternResult gainUnknown = FixedPatternNoise.Analyze(map, w, h, 10, new Quantity(9, Unit.Adu2, 0.4), Quantity.WithUnknownError(2, Unit.ElectronsPerAdu));

        Assert.True(known.Dsnu!.HasKnownError);
        // The DSNU subtracts the temporal part: its error is then unknown; the value is the same.
        Assert.Equal(known.Dsnu.Value, temporalUnknown.Dsnu!.Value);
        Assert.Null(temporalUnknown.Dsnu.StdErr);
        // Row noise does not use the temporal variance, so its error stays known; an unknown gain error reaches all.
        Assert.True(temporalUnknown.RowNoise!.HasKnownError);
        Assert.Null(gainUnknown.Dsnu!.StdErr);
        Assert.Null(gainUnknown.RowNoise!.StdErr);
    }

    /// <summary>A 200 x 150 mean map with a pixel pattern (sd 1 ADU), a row pattern (sd 0.5 ADU) and 9/10 ADU^2 of temporal noise.</summary>
    private static (double[] Map, int Width, int Height) PatternMap()
    {
        const int w = 200, h = 150;
        var g = new Gaussian(5);
        double[] rowOffset = [.. Enumerable.Range(0, h).Select(_ => g.Next(0.5))];
        double[] map = new double[w * h];
        for (int i = 0; i < map.Length; i++)
        {
            map[i] = 100 + rowOffset[i / w] + g.Next(1) + g.Next(Math.Sqrt(0.9));
        }

        return (map, w, h);
    }
}
