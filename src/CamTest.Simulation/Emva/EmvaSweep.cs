namespace CamTest.Simulation.Emva;

/// <summary>How a simulated EMVA 1288 measurement steps the light: exposure times at one irradiance, or irradiances at one exposure.</summary>
public enum EmvaSweep
{
    Exposure,
    Illumination,
}
