using CamTest.Core.Calculators;
using CamTest.Core.Results;

namespace CamTest.Reporting.Plots;

/// <summary>
/// A camera's SNR curve from its measured figures, through the protocol's formula (<see cref="SignalToNoise"/>):
/// S / sqrt(S + σ²) without EM gain, S / sqrt(F² S + (σ/G)²) with it (F² = 2). Used by the report's SNR plot and by
/// <c>camtest compare</c> to say which camera wins where.
/// </summary>
public sealed record SnrModel(string Label, double ReadNoiseE, double? EmGain)
{
    /// <summary>Signals from 0.1 to 10^5 photoelectrons, 10 a decade.</summary>
    public static readonly double[] Signals = [.. Enumerable.Range(-10, 61).Select(i => Math.Pow(10, i / 10.0))];

    /// <summary>For an EMCCD: the same sensor read out without multiplication, for comparison.</summary>
    public SnrModel? Conventional => EmGain is null ? null : new SnrModel("without EM gain", ReadNoiseE, null);

    public double Snr(double signalE) => SignalToNoise.Compute(signalE, 0, 0, ReadNoiseE, EmGain).Value;

    /// <summary>The model of <paramref name="r"/>, or null without a read noise in electrons.</summary>
    public static SnrModel? Of(CameraResults r, string? label = null)
    {
        if (r.ReadNoise?.Rms is not { } rms || !(rms.Value >= 0) || !double.IsFinite(rms.Value))
        {
            return null;
        }

        double? em = r.EmGain?.Factor is { } f && f.Value >= 1 ? f.Value : null;
        return new SnrModel(label ?? (em is null ? "this camera" : "this camera with EM gain"), rms.Value, em);
    }
}
