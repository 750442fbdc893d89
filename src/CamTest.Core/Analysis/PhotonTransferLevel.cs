using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>A light level of the photon transfer curve as the fit sees it, with the protocol's single-point gain there
/// (results.json writes it as a <see cref="GainPoint"/>).</summary>
/// <param name="SignalAdu">Mean above the offset.</param>
/// <param name="Variance">Temporal variance from pair differences, ADU^2, with its standard error.</param>
/// <param name="Gain">Single-point gain signal / variance, e-/ADU, read noise included in the variance.</param>
/// <param name="Deviation">The variance's deviation from the fitted line, % of the line, with its error
/// (<see cref="Fitting.LineDeviation"/>).</param>
public sealed record PhotonTransferLevel(
    double ExposureMs,
    double MeanAdu,
    double SignalAdu,
    Quantity Variance,
    Quantity Gain,
    bool Saturated,
    bool InFit,
    Quantity Deviation);
