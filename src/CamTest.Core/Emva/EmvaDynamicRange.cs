using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>The dynamic range of EMVA 1288: saturation capacity over the absolute sensitivity threshold, mu_e.sat / mu_e.min.</summary>
public static class EmvaDynamicRange
{
    public static Quantity Of(Quantity saturationElectrons, Quantity thresholdElectrons) => saturationElectrons / thresholdElectrons;
}
