using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>What the spatial sets give: DSNU and PRNU with their splits, the sets they were measured on, the four
/// spectrograms with the temporal noise the averages still hold, and the two defect histograms. The analysis's own
/// form; <c>ResultsMapper.Emva</c> writes results.json's <c>emva.spatial</c>, <c>spectrograms</c> and <c>histograms</c> from it.</summary>
/// <param name="Bright">The bright spatial set used; null without one.</param>
/// <param name="BrightSignalDn">The bright set's mean less the dark at its exposure, DN; null without both.</param>
/// <param name="Dark">The dark spatial set used; null without one.</param>
/// <param name="DarkMeanDn">The dark set's mean, DN; null without one.</param>
/// <param name="DarkTemporalDn">The temporal noise of one dark frame, DN; null without a dark set.</param>
/// <param name="BrightTemporalPercent">The temporal noise of one bright frame less dark, in % of the signal; null without PRNU.</param>
public sealed record EmvaSpatialResult(
    EmvaPatternParts? Dsnu,
    Quantity? DsnuDn,
    EmvaPatternParts Prnu,
    EmvaSpatialSetUsed? Bright,
    double? BrightSignalDn,
    EmvaSpatialSetUsed? Dark,
    double? DarkMeanDn,
    EmvaSpectrum? HorizontalDsnu,
    EmvaSpectrum? VerticalDsnu,
    EmvaSpectrum? HorizontalPrnu,
    EmvaSpectrum? VerticalPrnu,
    double? DarkTemporalDn,
    double? BrightTemporalPercent,
    EmvaDefectHistogram? DsnuHistogram,
    EmvaDefectHistogram? PrnuHistogram);
