namespace CamTest.Core.Results;

/// <summary>results.json "timing": speed from per-frame timestamps.</summary>
[FigureCatalog]
public static class TimingFigures
{
    public static readonly FigureDeclaration FrameRate = new("timing.frameRate", "Frame rate", "f", Unit.FramesPerSecond,
        "Inverse of the mean frame interval of the fastest stack (camera timestamps preferred to software ones).");

    public static readonly FigureDeclaration FrameInterval = new("timing.frameInterval", "Frame interval", "Δt", Unit.Millisecond,
        "Mean time between consecutive frames.");

    public static readonly FigureDeclaration ReadoutTime = new("timing.readoutTime", "Readout time", "t_r", Unit.Millisecond,
        "The frame interval of a stack whose exposure is under 10 % of it: the time the sensor takes to read out.");

    public static readonly FigureDeclaration IntervalHistogram = new("timing.intervalHistogram.counts[]", "Frame interval", "Δt_i", Unit.Millisecond,
        "Histogram of the intervals between consecutive frames of the timed stack; bins from intervalHistogram.lower, intervalHistogram.binWidth wide.")
    {
        Kind = FigureKind.Count,
    };
}
