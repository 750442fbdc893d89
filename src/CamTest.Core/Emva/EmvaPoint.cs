using System.Globalization;
using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// A bright point with the dark at its exposure taken off: mu_y - mu_y.dark (ADU) and sigma_y^2 - sigma_y.dark^2
/// (ADU^2), the quantities the standard's sensitivity, photon transfer and linearity fits use.
/// </summary>
public sealed record EmvaPoint(EmvaLevel Bright, EmvaDarkLevel Dark)
{
    public double ExposureS => Bright.ExposureS;

    public double? PhotonsPerPixel => Bright.PhotonsPerPixel;

    public Quantity Signal => Bright.Mean - Dark.Mean;

    public Quantity SignalVariance => Bright.Variance - Dark.Variance;

    /// <summary>The point as people name it: its photon count when stated, else its exposure.</summary>
    public string Label => PhotonsPerPixel is double p
        ? string.Create(CultureInfo.InvariantCulture, $"{p:G6} photons/pixel")
        : string.Create(CultureInfo.InvariantCulture, $"exposure {ExposureS * 1e3:G6} ms");

    /// <summary>The measured signal-to-noise ratio, (mu_y - mu_y.dark) / sigma_y.</summary>
    public Quantity Snr => Signal / Bright.Variance.Sqrt();
}
