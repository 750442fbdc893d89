using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// A defect-pixel histogram as <see cref="EmvaHistogramCounter"/> counts it: the bins' lower edges and width, the
/// counts, the normal model of the same spread, and the accumulated form (percent of pixels deviating at least each
/// amount), in <paramref name="Unit"/>. The analysis's own form; <c>ResultsMapper.Emva</c> writes results.json's
/// <c>emva.histograms</c> from it.
/// </summary>
public sealed record EmvaDefectHistogram(
    IReadOnlyList<double> BinLower,
    double BinWidth,
    IReadOnlyList<long> Counts,
    IReadOnlyList<double> NormalModel,
    IReadOnlyList<double> AccumulatedFrom,
    IReadOnlyList<double> AccumulatedPercent,
    Unit Unit);
