namespace CamTest.Core.Emva;

/// <summary>
/// The points a fit uses: a contiguous run of the points ordered by irradiation, chosen by
/// <see cref="EmvaFitRangeRule"/> by signal as a fraction of the signal at saturation (EMVA 1288: 0-70 % for K and R,
/// 5-95 % for linearity). The analysis's own form; <c>ResultsMapper.Emva</c> writes results.json's
/// <c>emva.systemGainFit</c> and <c>linearityFit</c> from it.
/// </summary>
/// <param name="First">Index of the first point in the fit.</param>
/// <param name="Last">Index of the last point in the fit.</param>
/// <param name="FromSignalAdu">The first point's signal, ADU (DN).</param>
/// <param name="ToSignalAdu">The last point's signal, ADU (DN).</param>
public sealed record EmvaPointRange(int First, int Last, double FromFraction, double ToFraction, double FromSignalAdu, double ToSignalAdu)
{
    public int Count => Last - First + 1;

    public bool Contains(int index) => index >= First && index <= Last;
}
