using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>What the spatial sets give: DSNU and PRNU with their splits, spectrograms and defect histograms.</summary>
public sealed record EmvaSpatialResult(
    EmvaPatternSplit? Dsnu,
    Quantity? DsnuDn,
    EmvaPatternSplit Prnu,
    EmvaSpatialInfo Info,
    EmvaSpectrograms Spectrograms,
    EmvaHistograms Histograms);
