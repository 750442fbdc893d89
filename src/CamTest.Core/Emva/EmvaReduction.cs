namespace CamTest.Core.Emva;

/// <summary>
/// Every image of a measurement reduced to the statistics EMVA 1288 needs: pair statistics per temporal set, averaged
/// images per spatial set, in the order the source declared them.
/// </summary>
/// <param name="TopCode">The ADC's top code, 2^bits - 1.</param>
public sealed record EmvaReduction(
    IReadOnlyList<ReducedPairs> Temporal,
    IReadOnlyList<ReducedSpatial> Spatial,
    int Width,
    int Height,
    double TopCode);
