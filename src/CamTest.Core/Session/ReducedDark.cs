using CamTest.Core.Analysis;

namespace CamTest.Core.Session;

/// <summary>One dark stack reduced by <see cref="DarkReduction"/>: robustly (hot pixels masked, outliers clipped) for
/// the dark current, and plainly for the flats' offsets at its exposure (flats are not clipped either).</summary>
public sealed record ReducedDark(DarkLevel Robust, DarkLevel Plain);
