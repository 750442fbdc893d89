using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Core.Session;

namespace CamTest.Core.Tests.Analysis;

public class SaturationTests
{
    /// <summary>The bias the levels' offsets are, exact (the tests of the signal's error give theirs).</summary>
    private static readonly Quantity Bias = Quantity.Exact(100, Unit.Adu);

    /// <summary>
    /// Every saturation figure is a signal in ADU times the gain g, so to first order, for independent mean m (error sm),
    /// offset o (so) and gain (sg), W = (m - o) g has var W = g^2 (sm^2 + so^2) + (m - o)^2 sg^2: the signal's term
    /// g^2 (sm^2 + so^2) must be in it, not the gain's alone. Levels 500 ADU apart on a straight curve, except that the
    /// 7th level's variance is 10 % low (off the line, but still the variance maximum) and the 8th clips: saturation is
    /// the 7th (3500 ADU). Without exposures the linear full well is the brightest level still on the photon transfer
    /// line, the 6th (3000 ADU), unbracketed. The ADC limit is (top code - bias) g, with the bias's error.
    /// </summary>
    [Fact]
    public void The_full_well_s_error_includes_the_signal_s_error_term()
    {
        const double sm = 10, so = 0.5;
        var offset = new Quantity(100, Unit.Adu, so);
        List<PhotonTransferPoint> points = [.. Enumerable.Range(1, 8).Select(i =>
            new PhotonTransferPoint(double.NaN, new Quantity(100 + (500 * i), Unit.Adu, sm), new Quantity(500 * i * (i == 7 ? 0.9 : 1), Unit.Adu2, 2.5 * i), offset, i == 8 ? 0.02 : 0))];
        PhotonTransferResult ptc = PhotonTransferAnalysis.Analyze(points);
        SaturationResult s = Saturation.Analyze(ptc, [.. points.OrderBy(p => p.SignalAdu)], offset, 16, null);

        double g = ptc.SystemGain.Value, sg = ptc.SystemGain.StdErr!.Value;
        double Expected(double signal) => Math.Sqrt((g * g * ((sm * sm) + (so * so))) + (signal * signal * sg * sg));
        Assert.Equal((6, 5), (ptc.SaturationIndex, ptc.LinearLimitIndex));
        Assert.Equal(3500 * g, s.SaturationCapacity!.Value, 9);
        Assert.Equal(Expected(3500), s.SaturationCapacity.StdErr!.Value, 9);
        Assert.Equal(3000 * g, s.LinearFullWell!.Value, 9);
        Assert.Equal(Expected(3000), s.LinearFullWell.StdErr!.Value, 9);
        Assert.True(s.LinearFullWell.StdErr > 3000 * sg * 1.01, "the full well's error is the gain's term alone");
        double adc = 65535 - 100;
        Assert.Equal(Math.Sqrt((g * g * so * so) + (adc * adc * sg * sg)), s.AdcLimit!.StdErr!.Value, 9);
    }

    [Fact]
    public void The_linear_full_well_lies_between_the_bracketing_levels_with_their_gap_in_its_error()
    {
        List<PhotonTransferPoint> points = CompressingResponse();
        PhotonTransferResult ptc = PhotonTransferAnalysis.Analyze(points);
        SaturationResult s = Saturation.Analyze(ptc, [.. points.OrderBy(p => p.SignalAdu)], Bias, 16, null);

        Assert.Equal(CompressedSignal(8000), s.SaturationCapacity!.Value, 6);
        Quantity fullWell = s.LinearFullWell!;
        Assert.InRange(fullWell.Value, 6000, CompressedSignal(7000));
        Assert.True(fullWell.StdErr >= 875 / Math.Sqrt(12) * 0.999, $"stderr {fullWell.StdErr}");
        Assert.InRange(6667, fullWell.Value - (2 * fullWell.StdErr!.Value), fullWell.Value + (2 * fullWell.StdErr.Value));
    }

    [Fact]
    public void The_linear_full_well_carries_the_gain_s_error()
    {
        // Same response as above. The full well W = crossing (ADU, error step / sqrt 12) x gain: with the gain's
        // error sg the product rule adds (W sg / g)^2 to the squared error it has with an exact gain.
        List<PhotonTransferPoint> points = CompressingResponse();
        PhotonTransferResult ptc = PhotonTransferAnalysis.Analyze(points);
        PhotonTransferPoint[] ordered = [.. points.OrderBy(p => p.SignalAdu)];
        Quantity gain = ptc.SystemGain;
        SaturationResult exact = Saturation.Analyze(ptc with { SystemGain = gain with { StdErr = 0 } }, ordered, Bias, 16, null);
        SaturationResult withError = Saturation.Analyze(ptc with { SystemGain = gain with { StdErr = 0.02 * gain.Value } }, ordered, Bias, 16, null);
        Quantity w0 = exact.LinearFullWell!, w = withError.LinearFullWell!;
        Assert.Equal(w0.Value, w.Value, 9);
        Assert.Equal(Math.Sqrt(Math.Pow(w0.StdErr!.Value, 2) + Math.Pow(w.Value * 0.02, 2)), w.StdErr!.Value, 9);
        Assert.Equal(exact.SaturationCapacity!.Value * 0.02, withError.SaturationCapacity!.StdErr!.Value, 9);
    }

    private static double CompressedSignal(double q) => q <= 6000 ? q : q - ((q - 6000) * (q - 6000) / 8000);

    /// <summary>Nine levels of <see cref="CompressedSignal"/>, variance equal to the signal, the brightest 2 % clipped.</summary>
    private static List<PhotonTransferPoint> CompressingResponse() =>
        [.. Enumerable.Range(1, 9).Select(i =>
        {
            double r = CompressedSignal(1000 * i);
            return new PhotonTransferPoint(10 * i, Quantity.Exact(100 + r, Unit.Adu), new Quantity(r, Unit.Adu2, r * 0.005), Quantity.Exact(100, Unit.Adu), i == 9 ? 0.02 : 0);
        })];

    /// <summary>
    /// The simulator's soft full well (linear to L = 6000, then bending towards F = 7000), with the variance following
    /// the response's slope, so it peaks where the bend starts (the level at 6000 e-) while the mean leaves the line by
    /// 1 % only at 6445 e-. No usable signal lies past the saturation level: the linear full well is cut back to the
    /// saturation capacity, never above it; and the level at the variance maximum is the saturation level, not past it.
    /// </summary>
    [Fact]
    public void The_linear_full_well_is_never_above_the_saturation_capacity_and_the_variance_maximum_is_not_past_itself()
    {
        const double l = 6000, f = 7000;
        static double Response(double q) => q <= l ? q : q - ((q - l) * (q - l) / (4 * (f - l)));
        var points = new List<PhotonTransferPoint>();
        for (int i = 1; i <= 9; i++)
        {
            double q = 1000 * i, r = Response(q);
            double variance = q <= l ? q : r * Math.Max(0.05, 1 - ((q - l) / (2 * (f - l))));
            points.Add(new PhotonTransferPoint(q / 100, Quantity.Exact(100 + r, Unit.Adu), new Quantity(variance, Unit.Adu2, variance * 0.005), Quantity.Exact(100, Unit.Adu), 0));
        }

        PhotonTransferResult ptc = PhotonTransferAnalysis.Analyze(points);
        SaturationResult s = Saturation.Analyze(ptc, [.. points.OrderBy(p => p.SignalAdu)], Bias, 16, null);

        Assert.Equal(5, ptc.SaturationIndex);
        Assert.False(ptc.Levels[5].Saturated, "the variance maximum is the saturation level, not past it");
        Assert.True(ptc.Levels[6].Saturated);
        Assert.Equal(6000, s.SaturationCapacity!.Value, 6);
        Assert.Equal(s.SaturationCapacity, s.LinearFullWell);
    }

    /// <summary>
    /// EMVA 1288 R4: a level with more than 0.1 % of its pixels at the top code is past saturation even while its
    /// variance still rises; the saturation capacity is the level before it, never the mean of clipped frames. Here
    /// the variance keeps rising through 2 % clipping at 7000 ADU (a 12-bit ADC, bias 100): capacity 6000.
    /// </summary>
    [Fact]
    public void The_saturation_capacity_is_the_level_before_clipping_when_clipping_comes_before_the_variance_maximum()
    {
        var points = new List<PhotonTransferPoint>();
        for (int i = 1; i <= 8; i++)
        {
            double signal = 500 * i, clipped = i >= 7 ? 0.02 * (i - 6) : 0;
            points.Add(new PhotonTransferPoint(i, Quantity.Exact(100 + signal, Unit.Adu), new Quantity(signal, Unit.Adu2, signal * 0.005), Quantity.Exact(100, Unit.Adu), clipped));
        }

        PhotonTransferResult ptc = PhotonTransferAnalysis.Analyze(points);
        SaturationResult s = Saturation.Analyze(ptc, [.. points.OrderBy(p => p.SignalAdu)], Bias, 12, 4095);

        Assert.Equal(5, ptc.SaturationIndex);
        Assert.Equal(3000, s.SaturationCapacity!.Value, 6);
        Assert.True(s.LinearFullWell!.Value <= s.SaturationCapacity.Value);
        Assert.Equal(SaturationLimit.Adc, s.LimitedBy);
        Assert.Equal("adc", ResultsMapper.Saturation(s).LimitedBy);
    }

    /// <summary>
    /// The stated bit depth only says whether the clipping is the ADC's: the same levels analysed as a 12-bit ADC
    /// (top code 4095, which the clipped levels reach) and as 16-bit words give the same linear full well and capacity.
    /// </summary>
    [Fact]
    public void Stating_the_bit_depth_changes_what_limits_saturation_but_not_the_linear_full_well()
    {
        var points = new List<PhotonTransferPoint>();
        for (int i = 1; i <= 8; i++)
        {
            double signal = 500 * i, clipped = i >= 7 ? 0.02 * (i - 6) : 0;
            points.Add(new PhotonTransferPoint(i, Quantity.Exact(100 + signal, Unit.Adu), new Quantity(signal, Unit.Adu2, signal * 0.005), Quantity.Exact(100, Unit.Adu), clipped));
        }

        PhotonTransferResult ptc = PhotonTransferAnalysis.Analyze(points);
        PhotonTransferPoint[] ordered = [.. points.OrderBy(p => p.SignalAdu)];
        SaturationResult twelve = Saturation.Analyze(ptc, ordered, Bias, 12, 4095);
        SaturationResult sixteen = Saturation.Analyze(ptc, ordered, Bias, 16, 4095);

        Assert.Equal(("adc", "full well"), (ResultsMapper.Saturation(twelve).LimitedBy, ResultsMapper.Saturation(sixteen).LimitedBy));
        Assert.Equal(sixteen.LinearFullWell, twelve.LinearFullWell);
        Assert.Equal(sixteen.SaturationCapacity, twelve.SaturationCapacity);
    }
}
