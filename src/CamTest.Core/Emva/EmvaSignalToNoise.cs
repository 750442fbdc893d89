using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// Signal-to-noise ratio by the EMVA 1288 linear model: SNR(mu_p) = eta mu_p / sqrt(sigma_y.dark^2 / K^2 + eta mu_p),
/// dark noise and quantisation in electrons plus the photons' own shot noise. Its maximum, at saturation where shot
/// noise dominates, is SNR_max = sqrt(mu_e.sat).
/// </summary>
public static class EmvaSignalToNoise
{
    /// <summary>SNR_max = sqrt(mu_e.sat / 1 e-), a pure number.</summary>
    public static Quantity Maximum(Quantity saturationElectrons) =>
        (saturationElectrons / Quantity.Exact(1, Unit.Electron)).Sqrt();

    /// <summary>1 / SNR_max, in percent: the smallest relative signal change that stands out of the noise at saturation.</summary>
    public static Quantity InverseMaximum(Quantity snrMax) => (1 / snrMax).In(Unit.Percent);

    /// <summary>The model SNR at <paramref name="photons"/> per pixel, eta in e-/photon, the dark noise in e-^2.</summary>
    public static double Model(double photons, double eta, double darkElectronVariance)
    {
        double electrons = eta * photons;
        return electrons / Math.Sqrt(darkElectronVariance + electrons);
    }
}
