using CamTest.Core.Results;
using CamTest.Core.Statistics;

namespace CamTest.Core.Analysis;

/// <summary>
/// Speed from one stack's per-frame timestamps (<see cref="FrameTiming"/>). Whether the interval is also the readout
/// time depends on the stack's exposure, which the session knows; results.json's <c>timing</c> is filled from this and
/// that verdict (<c>Session.ResultsMapper.Timing</c>).
/// </summary>
/// <param name="FrameRate">Frames per second, one per mean interval.</param>
/// <param name="FrameInterval">Mean interval between frames, ms, with its standard error.</param>
/// <param name="Source">"hardware" (camera timestamps) or "software" (acquisition software's elapsed time).</param>
/// <param name="Stack">Which stack the times came from.</param>
/// <param name="Intervals">The frame intervals binned, ms.</param>
public sealed record FrameTimingResult(Quantity FrameRate, Quantity FrameInterval, string Source, string Stack, Histogram? Intervals);
