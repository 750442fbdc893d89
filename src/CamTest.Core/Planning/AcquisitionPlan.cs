using CamTest.Core.Calculators;

namespace CamTest.Core.Planning;

/// <summary>The stacks to acquire for one camera, in the order to take them, with advice that applies throughout.</summary>
public sealed record AcquisitionPlan(SensorKind Sensor, IReadOnlyList<AcquisitionStep> Steps, IReadOnlyList<string> Advice)
{
    public string SensorName => Sensor switch
    {
        SensorKind.Ccd => "CCD",
        SensorKind.Emccd => "EMCCD",
        _ => "sCMOS",
    };
}
