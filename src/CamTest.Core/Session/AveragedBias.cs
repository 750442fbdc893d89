namespace CamTest.Core.Session;

/// <summary>The averaged bias as a per-pixel offset map (ADU), its overall mean, and the temporal variance still in
/// it (ADU^2: the read variance over the frames averaged; 0 for a calibration map).</summary>
public sealed record AveragedBias(double[] Map, double Mean, double ResidualTemporalVariance);
