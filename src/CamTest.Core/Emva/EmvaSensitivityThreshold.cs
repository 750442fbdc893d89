using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// The absolute sensitivity threshold of EMVA 1288 Release 4: the signal at which SNR = 1. Solving
/// mu_e = sqrt(sigma_y.dark^2 / K^2 + mu_e) gives mu_e.min = sqrt(sigma_y.dark^2 / K^2 + 1/4) + 1/2 electrons
/// (sigma_y.dark^2 / K^2 = sigma_d^2 + sigma_q^2 / K^2), and mu_p.min = mu_e.min / eta photons. Release 3.1 (and the
/// reference implementation) dropped the 1/4 under the root.
/// </summary>
public static class EmvaSensitivityThreshold
{
    /// <summary>mu_e.min, e-.</summary>
    public static Quantity Electrons(EmvaDarkNoise dark, Quantity k)
    {
        Quantity darkElectrons2 = dark.UsedVariance / (k * k);
        return (darkElectrons2 + Quantity.Exact(0.25, Unit.Electron.Pow(2))).Sqrt() + Quantity.Exact(0.5, Unit.Electron);
    }

    /// <summary>mu_p.min = mu_e.min / eta, photons.</summary>
    public static Quantity Photons(Quantity electrons, Quantity eta) => electrons / eta;
}
