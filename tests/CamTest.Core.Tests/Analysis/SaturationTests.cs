using CamTest.Core.Analysis;
using CamTest.Core.Results;

namespace CamTest.Core.Tests.Analysis;

public class SaturationTests
{
    /// <summary>
    /// Levels 1000 ADU apart on a response that is linear to L = 6000 and then bends over quadratically towards
    /// F = 7000 (the simulator's soft full well), gain 1 e-/ADU. The response leaves the line by 1 % at charge q where
    /// (q - L)^2 / (4 (F - L)) = 0.01 q: q = 6510, response 6445 e-. The measured levels bracket it (6000 on the line,
    /// 6750 off it by 3.6 %), so the figure must lie between them, carry at least the bracket's error (750 / sqrt 12),
    /// and cover 6445 within 2 of its standard errors.
    /// </summary>
    [Fact]
    public void The_linear_full_well_lies_between_the_bracketing_levels_with_their_gap_in_its_error()
    {
        const double l = 6000, f = 7000;
        static double Response(double q) => q <= l ? q : q - ((q - l) * (q - l) / (4 * (f - l)));
        var points = new List<PhotonTransferPoint>();
        for (int i = 1; i <= 9; i++)
        {
            double q = 1000 * i, r = Response(q);
            // Variance follows the response's slope, so it peaks before the well fills: the photon transfer maximum.
            double variance = q <= l ? q : r * Math.Max(0.05, 1 - ((q - l) / (2 * (f - l))));
            points.Add(new PhotonTransferPoint(q / 100, 100 + r, variance, variance * 0.005, 100, 0, 0));
        }

        PhotonTransferResult ptc = PhotonTransferAnalysis.Analyze(points);
        SaturationSection s = Saturation.Analyze(ptc, [.. points.OrderBy(p => p.SignalAdu)], 100, 16, null);

        Quantity fullWell = s.LinearFullWell!;
        Assert.InRange(fullWell.Value, 6000, Response(7000));
        Assert.True(fullWell.StdErr >= 750 / Math.Sqrt(12) * 0.999, $"stderr {fullWell.StdErr}");
        Assert.InRange(6445, fullWell.Value - (2 * fullWell.StdErr!.Value), fullWell.Value + (2 * fullWell.StdErr.Value));
    }

    [Fact]
    public void The_linear_full_well_carries_the_gain_s_error()
    {
        // Same soft response as above. The full well W = crossing (ADU, error step / sqrt 12) x gain: with the gain's
        // error sg the product rule adds (W sg / g)^2 to the squared error it has with an exact gain.
        const double l = 6000, f = 7000;
        static double Response(double q) => q <= l ? q : q - ((q - l) * (q - l) / (4 * (f - l)));
        var points = new List<PhotonTransferPoint>();
        for (int i = 1; i <= 9; i++)
        {
            double q = 1000 * i, r = Response(q);
            double variance = q <= l ? q : r * Math.Max(0.05, 1 - ((q - l) / (2 * (f - l))));
            points.Add(new PhotonTransferPoint(q / 100, 100 + r, variance, variance * 0.005, 100, 0, 0));
        }

        PhotonTransferResult ptc = PhotonTransferAnalysis.Analyze(points);
        PhotonTransferPoint[] ordered = [.. points.OrderBy(p => p.SignalAdu)];
        Quantity gain = ptc.SystemGain;
        SaturationSection exact = Saturation.Analyze(ptc with { SystemGain = gain with { StdErr = 0 } }, ordered, 100, 16, null);
        SaturationSection withError = Saturation.Analyze(ptc with { SystemGain = gain with { StdErr = 0.02 * gain.Value } }, ordered, 100, 16, null);
        Quantity w0 = exact.LinearFullWell!, w = withError.LinearFullWell!;
        Assert.Equal(w0.Value, w.Value, 9);
        Assert.Equal(Math.Sqrt(Math.Pow(w0.StdErr!.Value, 2) + Math.Pow(w.Value * 0.02, 2)), w.StdErr!.Value, 9);
        Assert.Equal(exact.SaturationCapacity!.Value * 0.02, withError.SaturationCapacity!.StdErr!.Value, 9);
    }
}
