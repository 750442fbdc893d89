using CamTest.Core.Calculators;
using CamTest.Core.Results;

namespace CamTest.Reporting.Plots;

/// <summary>
/// A camera's SNR curve from its measured figures, through the protocol's formula (<see cref="SignalToNoise"/>, the one
/// SNR rule): S / sqrt(S + Nd t + Nr²) without EM gain, S / sqrt(F² S + F² Nd t + (Nr/E)²) with it (F = √2, the
/// protocol's excess noise factor), dark charge Nd t at the exposure <see cref="ExposureS"/>. Used by the report's SNR
/// plot and by <c>camtest compare</c> to say which camera wins where.
/// </summary>
/// <param name="DarkCurrentEPerS">The measured dark current; a rate below zero within its error (kept by the analysis as
/// consistent with zero) adds no dark charge. 0 when no dark current was measured.</param>
/// <param name="ExposureS">The exposure the dark charge is taken at.</param>
public sealed record SnrModel(string Label, double ReadNoiseE, double? EmGain, double DarkCurrentEPerS = 0, double ExposureS = 0)
{
    /// <summary>Signals from 0.1 to 10^5 photoelectrons, 10 a decade.</summary>
    public static readonly double[] Signals = [.. Enumerable.Range(-10, 61).Select(i => Math.Pow(10, i / 10.0))];

    /// <summary>For an EMCCD: the same sensor read out without multiplication, for comparison.</summary>
    public SnrModel? Conventional => EmGain is null ? null : this with { Label = "without EM gain", EmGain = null };

    /// <summary>Dark electrons per pixel in one exposure.</summary>
    public double DarkChargeE => DarkCurrentEPerS * ExposureS;

    /// <summary>True when a dark current was measured (so the dark charge is in the curve, possibly as zero).</summary>
    public bool HasDarkCurrent { get; init; }

    public double Snr(double signalE) => SignalToNoise.Compute(signalE, DarkCurrentEPerS, ExposureS, ReadNoiseE, EmGain).Quantity.Value;

    /// <summary>
    /// The exposure of a session's light: its longest flat (the most dark charge any measured signal of the session
    /// carried); null without flats.
    /// </summary>
    public static double? SessionExposureS(CameraResults r) =>
        r.Gain?.Points.Where(p => double.IsFinite(p.ExposureMs)).Select(p => (double?)p.ExposureMs / 1000).Max();

    /// <summary>The model of <paramref name="r"/>, dark charge at <paramref name="exposureS"/> (default: the session's
    /// own, <see cref="SessionExposureS"/>); null without a read noise in electrons.</summary>
    public static SnrModel? Of(CameraResults r, string? label = null, double? exposureS = null)
    {
        if (r.ReadNoise?.Rms is not { } rms || !(rms.Value >= 0) || !double.IsFinite(rms.Value))
        {
            return null;
        }

        double? em = r.EmGain?.Factor is { } f && f.Value >= 1 ? f.Value : null;
        double? dark = r.DarkCurrent?.Rate is { } d && double.IsFinite(d.Value) ? Math.Max(0, d.Value) : null;
        return new SnrModel(label ?? (em is null ? "this camera" : "this camera with EM gain"), rms.Value, em, dark ?? 0, exposureS ?? SessionExposureS(r) ?? 0)
        {
            HasDarkCurrent = dark is not null,
        };
    }
}
