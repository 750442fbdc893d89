using CamTest.Core.Analysis;

namespace CamTest.Core.Session;

/// <summary>The speed measured on one stack, and whether its frame interval is the readout time (its exposure a small
/// part of the interval) or only a frame rate.</summary>
public sealed record StackTiming(FrameTimingResult Frames, bool IntervalIsReadout);
