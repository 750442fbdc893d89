using System.Globalization;
using CamTest.Core.Analysis;
using CamTest.Core.Diagnostics;
using CamTest.Core.Results;
using CamTest.Core.Statistics;
using CamTest.IO;
using CamTest.IO.Session;

namespace CamTest.Core.Session;

/// <summary>
/// Runs every protocol test a session's data allow and gathers the figures into <see cref="CameraResults"/>.
/// Order matters: the bias gives the level and the per-pixel bias map; the long darks (minus that map) give the
/// hot-pixel mask; the darks give dark levels (masked and clipped for the dark current, plain as the flats' offsets at
/// equal exposure, since flats are not clipped either); the flats
/// give the gain; and only then can the other figures be put in electrons. Each stack is read once.
/// </summary>
public static class SessionAnalysis
{
    /// <summary>
    /// A bias with more of its values on code 0 than this is clipped: Gaussian read noise puts nothing 4 sigma below a
    /// sensible offset, and one dead pixel in 10,000 stays under it.
    /// </summary>
    public const double BottomCodeWarningFraction = 1e-4;

    public static CameraResults Run(SessionManifest manifest, IProgress<AnalysisProgress>? progress = null) =>
        Run(manifest, files => ConcatenatedFrameSource.Open(files), progress);

    public static CameraResults Run(
        SessionManifest manifest, Func<IReadOnlyList<string>, IFrameSource> open, IProgress<AnalysisProgress>? progress)
    {
        // Left-shifted codes (a 12-bit ADC in 16-bit words) are read back in native ADU before anything is measured.
        int shift = LeftShift.Detect(manifest, open);
        Func<IReadOnlyList<string>, IFrameSource> native = shift == 0 ? open : files => new RightShiftedFrameSource(open(files), shift);
        using OpenedSession session = OpenedSession.Open(manifest, native);

        // Every stage returns its diagnostics; they are kept here in the order the stages run.
        var raised = new RaisedDiagnostics(session.Notes);
        int bitDepth = raised.Keep(NativeBitDepth(manifest.Camera?.BitDepth, session, shift));

        StackSummary? biasFrames = session.Bias?.Frames is { } b ? Reduce(b, perPixel: true, progress) : null;
        BiasReference? bias = session.Bias is null ? null : raised.Keep(ReferenceOf(session.Bias, biasFrames));
        HotPixelDetector? hot = session.HotPixels is { } h ? raised.Keep(DetectHotPixels(h, bias, progress)) : null;
        bool[]? mask = hot?.Mask();

        // Entries at one exposure were merged into one level when the session was opened.
        var darks = new Dictionary<double, DarkLevel>();
        var darkOffsets = new Dictionary<double, DarkLevel>();
        foreach (OpenedEntry d in session.Darks)
        {
            progress?.Report(new AnalysisProgress($"darks: {d.Label}", 0));
            (darks[d.ExposureMs!.Value], darkOffsets[d.ExposureMs.Value]) = DarkReduction.Reduce(d.Source, d.ExposureMs.Value, mask, d.Label);
        }

        bias = raised.Keep(DarkNoise.CompleteOneFrameBias(bias, session.Darks, darkOffsets));

        if (biasFrames is not null)
        {
            raised.AddRange(LightLeakCheck.Check(biasFrames.Level(), [.. darks.Values], session.Bias!.Label));
        }

        ReducedFlat[] flats = [.. session.Flats.Select(f => new ReducedFlat(f, Reduce(f, perPixel: false, progress)))];
        GainStageResult gain = GainStage.Run(flats, darkOffsets, bias);
        raised.AddRange(gain.Diagnostics);
        bitDepth = raised.Keep(CheckBitDepth(bitDepth, [.. flats.Select(f => f.Summary).Append(biasFrames).OfType<StackSummary>()]));
        Quantity? g = gain.Ptc?.SystemGain;
        if (g is null)
        {
            raised.Add(GainDiagnostics.NoGain.Raise(GainDiagnostics.NoGain.Summary) with { Section = "gain" });
        }

        ReadNoiseResult? readNoise = ReadNoiseOf(bias) ?? raised.Keep(DarkNoise.ReadNoiseWithoutBias(bias, session.Darks, darkOffsets));
        if (readNoise is { QuantisationLimited: true })
        {
            raised.Add(ReadNoiseDiagnostics.QuantisationLimited.Raise(string.Create(CultureInfo.InvariantCulture,
                $"read noise: the pairs' temporal noise ({readNoise.DarkNoiseAdu.Value:G3} ADU) is below what the ADC resolves (0.24 ADU^2, EMVA 1288), so the {readNoise.RmsAdu.Value:G3} ADU given is the ADC's resolution, an upper bound without a standard error"))
                with { Section = "readNoise" });
        }

        // The findings in the order their stages raise diagnostics (the order results.json lists them within a section).
        DarkCurrentResult? darkCurrent = raised.Keep(DarkCurrentOf(darks, session.Darks, bias, g));
        SaturationResult? saturation = gain is { Ptc: { } ptc, OffsetSubtracted: true } ? raised.Keep(SaturationOf(ptc, gain.Points, bias, bitDepth, flats)) : null;
        FixedPatternResult? fixedPattern = raised.Keep(FixedPatternOf(bias, g, mask));
        PrnuStageResult prnu = PrnuStage.Run(gain, bias?.AveragedMap, mask, Math.Pow(2, bitDepth) - 1, progress);
        raised.AddRange(prnu.Diagnostics);
        EmGainResult? emGain = raised.Keep(EmGainOf(session, bias, g, ReadNoiseResult.InElectrons(readNoise?.RmsAdu, g), progress));
        StackTiming? timing = raised.Keep(TimingOf(session));
        IReadOnlyList<double> biasMeans = bias?.Frames?.FrameMeans ?? [];
        var findings = new SessionFindings(manifest, session, bitDepth, shift, DateTimeOffset.UtcNow, raised.All)
        {
            Bias = bias,
            // A line through two frame means says nothing about stability.
            BiasStability = bias is not null && biasMeans.Count >= 3 ? BiasStability.Analyze(biasMeans, g) : null,
            BiasPattern = bias is null ? null : PatternOf(bias, session),
            ReadNoise = readNoise,
            Gain = gain,
            DarkCurrent = darkCurrent,
            HotPixels = hot is null || g is null ? null : hot.Result(g),
            Saturation = saturation,
            FixedPattern = fixedPattern,
            Prnu = prnu,
            EmGain = emGain,
            Timing = timing,
        };
        CameraResults results = ResultsMapper.Session(findings);
        return NothingMeasured(results)
            ? throw new InvalidInputException(manifest.SourcePath ?? "session.json", $"nothing could be measured: {string.Join("; ", results.Warnings)}")
            : results;
    }

    /// <summary>True when no figure came out (e.g. darks alone, whose rates need the gain from flats): an error, not an empty report.</summary>
    private static bool NothingMeasured(CameraResults r) =>
        r is { Bias: null, ReadNoise: null, Gain: null, DarkCurrent: null, HotPixels: null, Saturation: null, FixedPattern: null, EmGain: null };

    /// <summary>Fixed-pattern noise of the averaged bias; needs bias frames (a calibration map's temporal part is unknown).</summary>
    private static Diagnosed<FixedPatternResult?> FixedPatternOf(BiasReference? bias, Quantity? g, bool[]? mask)
    {
        if (bias is not { Frames: { PerPixel: { } acc } frames, OffsetMap: { } map } || g is null)
        {
            return new(null, []);
        }

        if (bias.HasNoPair)
        {
            return new(null, [BiasDiagnostics.FixedPatternNotMeasured.Raise($"{bias.Label}: fixed-pattern noise not measured: one bias frame cannot tell the pattern from the temporal noise") with { Section = "fixedPattern", File = bias.Label }]);
        }

        try
        {
            return new(FixedPatternNoise.Analyze(map, frames.Info.Width, frames.Info.Height, acc.FrameCount, bias.ReadVariance, g, mask), []);
        }
        catch (InsufficientDataException ex)
        {
            return new(null, [BiasDiagnostics.FixedPatternNotMeasured.Raise($"fixed-pattern noise not measured: {ex.Message}") with { Section = "fixedPattern" }]);
        }
    }

    /// <summary>The bias as the zero of other stacks: from its frames, or from calibration maps (with what that cannot give said).</summary>
    private static Diagnosed<BiasReference> ReferenceOf(OpenedBias opened, StackSummary? frames)
    {
        var raised = new RaisedDiagnostics();
        if (frames is not null && frames.BottomCodeFraction > BottomCodeWarningFraction)
        {
            raised.Add(BiasDiagnostics.BottomCodeClipped.Raise(string.Create(CultureInfo.InvariantCulture,
                $"{opened.Label}: {frames.BottomCodeFraction:P3} of {opened.Section} values sit on the lowest code: the offset is too low for the noise, which is cut off there, so the bias level and read noise read low"))
                with { Section = opened.Section, File = opened.Label });
        }

        if (frames is null && opened.Section == "bias")
        {
            raised.Add(BiasDiagnostics.GivenAsMaps.Raise($"{opened.Label}: the bias is given as maps, so its stability and fixed pattern (which need bias frames) are not measured, and offsets carry no standard error") with { Section = opened.Section, File = opened.Label });
        }

        return raised.With(frames is not null ? BiasReference.FromFrames(opened.Label, frames) : BiasReference.FromMaps(opened.Maps!));
    }

    private static ReadNoiseResult? ReadNoiseOf(BiasReference? bias) => bias switch
    {
        null => null,
        { HasNoPair: true } => null,
        { Frames: { } frames } => ReadNoise.Analyze(frames),
        _ => ReadNoise.FromMap(bias.Maps!.ReadNoise),
    };

    private static StackSummary Reduce(OpenedEntry entry, bool perPixel, IProgress<AnalysisProgress>? progress)
    {
        string stage = $"{entry.Section}: {Path.GetFileName(entry.Label)}";
        StackSummary summary = StackReducer.Reduce(entry.Source, perPixel, progress is null ? null : new StageProgress(progress, stage));
        FrameSanity.Check(entry, summary);
        return summary;
    }

    private static Diagnosed<HotPixelDetector?> DetectHotPixels(OpenedEntry entry, BiasReference? bias, IProgress<AnalysisProgress>? progress)
    {
        if (bias?.OffsetMap is null)
        {
            return new(null, [DarkDiagnostics.HotPixelsWithoutBias.Raise($"{entry.Label}: hot pixels need a bias stack to subtract; skipped") with { Section = "hotPixels", File = entry.Label }]);
        }

        var raised = new RaisedDiagnostics();

        progress?.Report(new AnalysisProgress($"hotPixels: {Path.GetFileName(entry.Label)}", 0));
        StackInfo info = entry.Source.Info;
        (double[]? variance, long frames) = bias.PixelReadVariance(HotPixelDetector.MinBiasFramesForNoiseMap);
        var detector = new HotPixelDetector(info.Width, info.Height, bias.OffsetMap, variance, frames, entry.ExposureMs!.Value / 1000);
        if (info.FrameCount < 3)
        {
            raised.Add(DarkDiagnostics.HotPixelsFewFrames.Raise(detector.UsesPixelNoise
                ? $"{entry.Label}: hot pixels from {info.FrameCount} frame(s) cannot be told from cosmic rays by persistence (the protocol takes 10)"
                : $"{entry.Label}: hot pixels from {info.FrameCount} frame(s) cannot be told from noisy pixels by persistence (the protocol takes 10)")
                with { Section = "hotPixels", File = entry.Label, ExposureMs = entry.ExposureMs });
        }

        // Whole frames, the next read overlapping this frame's work, two frames judged at once.
        detector.AddFrames(entry.Source);

        return raised.With<HotPixelDetector?>(detector);
    }

    /// <summary>The averaged bias (or offset map) as block means and profiles, for the report's heat map.</summary>
    private static BiasPatternResult? PatternOf(BiasReference bias, OpenedSession session)
    {
        StackInfo info = bias.Frames?.Info ?? session.All.First().Source.Info;
        return bias.OffsetMap is { } map ? BiasPattern.Of(map, info.Width, info.Height) : null;
    }

    private static Diagnosed<DarkCurrentResult?> DarkCurrentOf(IReadOnlyDictionary<double, DarkLevel> darks, IReadOnlyList<OpenedEntry> entries, BiasReference? bias, Quantity? g)
    {
        if (darks.Count == 0)
        {
            return new(null, []);
        }

        if (darks.Count < 2 && bias is null)
        {
            return new(null, [DarkDiagnostics.TooFewExposures.Raise(DarkDiagnostics.TooFewExposures.Summary) with { Section = "darkCurrent" }]);
        }

        var raised = new RaisedDiagnostics();

        Quantity offset = bias?.Offset ?? Quantity.WithUnknownError(double.NaN, Unit.Adu);
        Quantity readVariance = bias?.ReadVariance ?? Quantity.WithUnknownError(double.NaN, Unit.Adu2);
        DarkCurrentResult r = DarkCurrent.Analyze([.. darks.Values], offset, readVariance, g);
        if (raised.Keep(NegativeDarkCurrent.Check(r, entries, bias?.Label, bias?.Level.Value)) is not { } checkedResult)
        {
            return raised.With<DarkCurrentResult?>(null);
        }

        r = checkedResult;
        // Only for a noise-method figure still given: a withheld one has no error to speak of.
        raised.AddRange(UnknownFitErrors.Check(r.FromNoiseAdu2 is null ? null : r.NoiseFit, DarkDiagnostics.FitErrorsUnknown, "darkCurrent", "dark variance against exposure", "noise-method dark current"));
        if (g is null)
        {
            raised.Add(DarkDiagnostics.AduOnly.Raise(DarkDiagnostics.AduOnly.Summary) with { Section = "darkCurrent" });
        }

        return raised.With<DarkCurrentResult?>(r);
    }

    private static Diagnosed<EmGainResult?> EmGainOf(OpenedSession session, BiasReference? bias, Quantity? g, Quantity? readNoiseElectrons, IProgress<AnalysisProgress>? progress)
    {
        if (session.EmReference is null || session.EmAmplified is null)
        {
            return new(null, session.EmReference is not null || session.EmAmplified is not null
                ? [EmGainDiagnostics.Incomplete.Raise(EmGainDiagnostics.Incomplete.Summary) with { Section = "emGain" }]
                : []);
        }

        var raised = new RaisedDiagnostics();

        // Each stack less the bias at its own EM gain set point when the manifest gives one: an EMCCD's offset moves
        // with the set point (LANL: 587.7 ADU at 1x, 566.2 at 300x).
        BiasReference? referenceBias = session.EmReferenceBias is { } rb ? raised.Keep(ReferenceOf(rb, ReduceBiasFrames(rb, progress))) : bias;
        BiasReference? amplifiedBias = session.EmAmplifiedBias is { } ab ? raised.Keep(ReferenceOf(ab, ReduceBiasFrames(ab, progress))) : bias;
        if (referenceBias is null || amplifiedBias is null)
        {
            raised.Add(EmGainDiagnostics.NoBias.Raise(EmGainDiagnostics.NoBias.Summary) with { Section = "emGain" });
            return raised.With<EmGainResult?>(null);
        }

        return raised.With(raised.Keep(EmGainStage.Run(
            new EmGainInput(session.EmReference, Reduce(session.EmReference, false, progress), referenceBias),
            new EmGainInput(session.EmAmplified, Reduce(session.EmAmplified, false, progress), amplifiedBias),
            g, readNoiseElectrons)));
    }

    private static StackSummary? ReduceBiasFrames(OpenedBias bias, IProgress<AnalysisProgress>? progress) =>
        bias.Frames is { } frames ? Reduce(frames, perPixel: false, progress) : null;

    /// <summary>
    /// Speed from the stack taken at the shortest exposure (the bias, at zero): only there is the frame interval the
    /// readout time. A stack whose interval is set by its exposure gives the frame rate but no readout time. Dark
    /// stacks (the dark-current darks and the long darks) never give it: their seconds or minutes of exposure set
    /// their interval, which says nothing of the camera's speed (a 5 s long dark would read 0.2 fps).
    /// </summary>
    private static Diagnosed<StackTiming?> TimingOf(OpenedSession session)
    {
        IEnumerable<OpenedEntry> darks = session.HotPixels is { } hot ? session.Darks.Append(hot) : session.Darks;
        var darkEntries = new HashSet<OpenedEntry>(darks, ReferenceEqualityComparer.Instance);
        OpenedEntry[] candidates = [.. session.All.Where(e => !darkEntries.Contains(e))];
        if (TimedAmong(candidates) is { } timing)
        {
            return new(timing, []);
        }

        if (TimedAmong([.. darkEntries]) is { } fromDarks)
        {
            return new(null, [SessionDiagnostics.TimingOnlyFromDarks.Raise(string.Create(CultureInfo.InvariantCulture,
                $"timing: only the dark stacks carry timestamps ({fromDarks.Frames.Stack}: {fromDarks.Frames.FrameInterval.Value:G4} ms between frames), and their interval is set by the exposure, not the camera's speed; no frame rate is given (timestamps on the bias would give it)"))
                with { Section = "timing", File = fromDarks.Frames.Stack }]);
        }

        return new(null, []);
    }

    /// <summary>The timing of the first stack, shortest exposure first, whose frames carry timestamps.</summary>
    private static StackTiming? TimedAmong(IReadOnlyList<OpenedEntry> entries)
    {
        foreach (OpenedEntry entry in entries.OrderBy(e => e.ExposureMs ?? double.MaxValue).ThenByDescending(e => e.Source.Info.FrameCount))
        {
            IReadOnlyList<FrameMetadata> frames = entry.Source.Info.Frames;
            string name = Path.GetFileName(entry.Label);
            FrameTimingResult? t = FrameTiming.Analyze([.. frames.Select(f => f.HardwareTimestampMs)], "hardware", name)
                ?? FrameTiming.Analyze([.. frames.Select(f => f.ElapsedMs)], "software", name);
            if (t is not null)
            {
                // Readout time only where the exposure is a small part of the interval (under 10 %).
                return new StackTiming(t, IntervalIsReadout: (entry.ExposureMs ?? double.MaxValue) < 0.1 * t.FrameInterval.Value);
            }
        }

        return null;
    }

    private static Diagnosed<SaturationResult?> SaturationOf(
        PhotonTransferResult ptc, IReadOnlyList<PhotonTransferPoint> points, BiasReference? bias, int bitDepth, ReducedFlat[] flats)
    {
        var raised = new RaisedDiagnostics();
        bool integer = flats[0].Summary.Info.PixelType.IsInteger();
        SaturationResult s = Saturation.Analyze(ptc, points, bias?.Offset ?? points[0].Offset, bitDepth, TopCode(flats), integer);
        if (s.LinearFullWell is null && ptc.SaturationIndex is null)
        {
            raised.Add(GainDiagnostics.SaturationNotReached.Raise($"saturation not reached: the brightest flat holds {points[^1].SignalAdu * ptc.SystemGain.Value:F0} e-, so the linear full well is above that; add brighter flats to measure it") with { Section = "saturation" });
        }

        if (s.LinearFullWell is { } linear && linear.Equals(s.SaturationCapacity) && ptc.SaturationIndex is int at)
        {
            raised.Add(GainDiagnostics.LinearAtCapacity.Raise(string.Create(CultureInfo.InvariantCulture,
                $"the response is within 1 % of linear up to the saturation level ({points[at].ExposureMs} ms): the linear full well is the saturation capacity, {linear.Value:F0} e-; no usable signal lies beyond it"))
                with { Section = "saturation", ExposureMs = points[at].ExposureMs });
        }

        return raised.With<SaturationResult?>(s);
    }

    /// <summary>
    /// The ADC's own bit depth: the stated one, or the files'; with left-shifted data (read back in native codes) a
    /// stated depth that counts the shift bits (16 for a 12-bit ADC in 16-bit words) is reduced by them.
    /// </summary>
    private static Diagnosed<int> NativeBitDepth(int? stated, OpenedSession session, int shift)
    {
        int files = session.All.Max(s => s.Source.Info.BitDepth);
        if (shift == 0)
        {
            return new(stated ?? files, []);
        }

        int word = session.All.Max(s => s.Source.Info.BytesPerPixel) * 8;
        // The sources already report their depth less the shift.
        int native = stated switch
        {
            int s when s + shift <= word => s,
            int s => s - shift,
            null => files,
        };
        string label = session.All.First().Label;
        return new(native, [SessionDiagnostics.LeftShifted.Raise(string.Create(CultureInfo.InvariantCulture,
            $"{label}: every code in the session is a multiple of {1 << shift}: a {native}-bit ADC's codes shifted left by {shift} bits in {word}-bit words; the data were shifted back, so every figure is in native ADU (multiply ADU figures by {1 << shift} for the file's codes)"))
            with { Section = "camera", File = label }]);
    }

    /// <summary>The stated bit depth, raised (with a warning) to what the data prove when a code lies above 2^depth - 1.</summary>
    private static Diagnosed<int> CheckBitDepth(int stated, IReadOnlyList<StackSummary> stacks)
    {
        double top = stacks.Select(s => s.TopCode).Where(double.IsFinite).DefaultIfEmpty(0).Max();
        if (top <= Math.Pow(2, stated) - 1)
        {
            return new(stated, []);
        }

        int needed = (int)Math.Ceiling(Math.Log2(top + 1));
        return new(needed, [SessionDiagnostics.BitDepthRaised.Raise($"the data hold code {top}, above the {stated}-bit ADC's top code {Math.Pow(2, stated) - 1}: bitDepth taken as {needed}; check camera.bitDepth in session.json") with { Section = "camera" }]);
    }

    private static double? TopCode(ReducedFlat[] flats) =>
        flats.Where(f => f.Summary.TopCodeFraction > SaturationPoint.ClippedFractionLimit).Select(f => (double?)f.Summary.TopCode).Max();

}
