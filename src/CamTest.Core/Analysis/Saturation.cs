using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>
/// Saturation figures from the photon transfer curve: the linear full well (brightest level still on the line),
/// the EMVA saturation capacity (level of maximum variance), and the ADC's top code above the bias, all in
/// electrons. When the top code of a clipped level is the ADC's last code, the ADC limits before the pixel fills.
/// </summary>
public static class Saturation
{
    public static SaturationSection Analyze(
        PhotonTransferResult ptc, IReadOnlyList<PhotonTransferPoint> orderedPoints, double biasAdu, int bitDepth, double? clippedTopCode)
    {
        Quantity g = ptc.SystemGain;
        double adcTop = Math.Pow(2, bitDepth) - 1;
        Quantity Electrons(double adu) => new(adu * g.Value, "e-", g.RelativeStdErr is double r ? Math.Abs(adu * g.Value) * r : null);

        Quantity linear = Electrons(orderedPoints[ptc.LinearLimitIndex].SignalAdu);
        Quantity? capacity = ptc.SaturationIndex is int s ? Electrons(orderedPoints[s].SignalAdu) : null;
        Quantity adc = Electrons(adcTop - biasAdu);
        string limitedBy = ptc.SaturationIndex is null
            ? "not reached"
            : clippedTopCode is double top && top >= adcTop ? "adc" : "full well";
        return new SaturationSection(linear, capacity, adc, limitedBy);
    }
}
