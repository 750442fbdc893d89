using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// The saturation capacity of EMVA 1288 at the saturation point: mu_p.sat photons (as stated for that point) and
/// mu_e.sat = eta mu_p.sat electrons. Without photon counts, mu_e.sat = (mu_y.sat - mu_y.dark) / K, the same number for
/// a linear camera.
/// </summary>
public static class EmvaSaturationCapacity
{
    public static EmvaCapacity At(EmvaPoint saturation, Quantity k, Quantity? eta)
    {
        if (eta is not null && saturation.PhotonsPerPixel is double photons)
        {
            Quantity p = Quantity.Exact(photons, Unit.Photon);
            return new(p, eta * p);
        }

        return new(null, saturation.Signal / k);
    }
}
