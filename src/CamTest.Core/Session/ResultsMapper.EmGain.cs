using CamTest.Core.Analysis;
using CamTest.Core.Results;

namespace CamTest.Core.Session;

/// <summary>results.json "emGain".</summary>
public static partial class ResultsMapper
{
    /// <summary>emGain: both figures, the set point, and the advised range (absent without a read noise in electrons).</summary>
    public static EmGainSection EmGain(EmGainResult r) =>
        new(EmGainFigures.Factor.Express(r.Factor), EmGainFigures.FactorFromNoise.Express(r.FactorFromNoise), r.SetPoint, r.Advised?.Low, r.Advised?.High);
}
