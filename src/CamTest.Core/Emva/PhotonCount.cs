namespace CamTest.Core.Emva;

/// <summary>
/// Photons reaching one pixel during an exposure from the irradiance on the sensor (EMVA 1288 eq. for monochromatic
/// light): mu_p = E A t lambda / (h c), with E in W/m², the pixel area A, the exposure t and the wavelength lambda.
/// </summary>
public static class PhotonCount
{
    /// <summary>Planck constant, J s (exact in SI since 2019).</summary>
    public const double Planck = 6.62607015e-34;

    /// <summary>Speed of light, m/s (exact).</summary>
    public const double SpeedOfLight = 299_792_458;

    public static double PerPixel(double irradianceWPerM2, double pixelSizeUm, double exposureS, double wavelengthNm)
    {
        double area = pixelSizeUm * 1e-6 * pixelSizeUm * 1e-6;
        double photonEnergy = Planck * SpeedOfLight / (wavelengthNm * 1e-9);
        return irradianceWPerM2 * area * exposureS / photonEnergy;
    }
}
