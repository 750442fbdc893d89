using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>The EM gain measured from a reference and an amplified stack (<c>Session.EmGainStage</c>).</summary>
/// <param name="Factor">Bias-subtracted signal per unit exposure, amplified over reference (<see cref="EmGain.Factor"/>).</param>
/// <param name="FactorFromNoise">From the amplified frames' mean-variance relation (<see cref="EmGain.FactorFromNoise"/>);
/// null without a conversion gain or frame pairs.</param>
/// <param name="SetPoint">The EM gain the amplified stack was taken at, as the manifest states it.</param>
/// <param name="Advised">The advised EM gain range; null without a read noise in electrons.</param>
public sealed record EmGainResult(Quantity Factor, Quantity? FactorFromNoise, double? SetPoint, AdvisedEmGain? Advised);
