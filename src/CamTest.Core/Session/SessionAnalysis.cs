using CamTest.Core.Analysis;
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
    public static CameraResults Run(SessionManifest manifest, IProgress<AnalysisProgress>? progress = null) =>
        Run(manifest, files => ConcatenatedFrameSource.Open(files), progress);

    public static CameraResults Run(
        SessionManifest manifest, Func<IReadOnlyList<string>, IFrameSource> open, IProgress<AnalysisProgress>? progress)
    {
        using OpenedSession session = OpenedSession.Open(manifest, open);
        var warnings = new List<string>();
        int bitDepth = manifest.Camera?.BitDepth ?? session.All.Max(s => s.Source.Info.BitDepth);

        StackSummary? bias = session.Bias is { } b ? Reduce(b, perPixel: true, progress) : null;
        HotPixelDetector? hot = session.HotPixels is { } h ? DetectHotPixels(h, bias, warnings, progress) : null;
        bool[]? mask = hot?.Mask();

        var darks = new Dictionary<double, DarkLevel>();
        var darkOffsets = new Dictionary<double, DarkLevel>();
        foreach (OpenedEntry d in session.Darks)
        {
            progress?.Report(new AnalysisProgress($"darks: {d.Label}", 0));
            if (darks.ContainsKey(d.ExposureMs!.Value))
            {
                throw new InvalidInputException(d.Label, $"a second darks entry at {d.ExposureMs} ms; list all files of one exposure in one entry");
            }

            (darks[d.ExposureMs.Value], darkOffsets[d.ExposureMs.Value]) = DarkReduction.Reduce(d.Source, d.ExposureMs.Value, mask);
        }

        if (bias is not null && LightLeakCheck.Check(bias.Level(), [.. darks.Values], session.Bias!.Label) is string leak)
        {
            warnings.Add(leak);
        }

        List<(OpenedEntry, StackSummary)> flats = [.. session.Flats.Select(f => (f, Reduce(f, perPixel: false, progress)))];
        (GainSection? gain, PhotonTransferResult? ptc, IReadOnlyList<PhotonTransferPoint> points) = GainStage.Run(flats, darkOffsets, bias, warnings);
        bitDepth = CheckBitDepth(bitDepth, [.. flats.Select(f => f.Item2).Append(bias).OfType<StackSummary>()], warnings);
        Quantity? g = gain?.SystemGain;
        if (g is null)
        {
            warnings.Add("no gain: without usable flats the figures stay in ADU and the electron-based verdicts are not given");
        }

        ReadNoiseSection? readNoise = bias is null ? null : ReadNoise.Analyze(bias, g);
        CameraResults results = new()
        {
            Camera = new CameraDescription(manifest.Camera?.Name, manifest.Camera?.Sensor, bitDepth, manifest.Camera?.PixelSizeUm),
            Bias = bias is null ? null : BiasSectionOf(bias, g),
            ReadNoise = readNoise,
            Gain = gain,
            DarkCurrent = DarkCurrentOf(darks, bias, g, warnings),
            HotPixels = hot is null || g is null ? null : HotPixelsOf(hot, g, session.HotPixels!),
            Saturation = ptc is null ? null : SaturationOf(ptc, points, bias, bitDepth, flats, warnings),
            FixedPattern = FixedPatternOf(bias, g, mask, warnings),
            EmGain = EmGainOf(session, bias, g, readNoise, warnings, progress),
            Timing = TimingOf(session),
            Warnings = warnings,
        };
        return NothingMeasured(results)
            ? throw new InvalidInputException(manifest.SourcePath ?? "session.json", $"nothing could be measured: {string.Join("; ", warnings)}")
            : results;
    }

    /// <summary>True when no figure came out (e.g. darks alone, whose rates need the gain from flats): an error, not an empty report.</summary>
    private static bool NothingMeasured(CameraResults r) =>
        r is { Bias: null, ReadNoise: null, Gain: null, DarkCurrent: null, HotPixels: null, Saturation: null, FixedPattern: null, EmGain: null };

    private static FixedPatternResult? FixedPatternOf(StackSummary? bias, Quantity? g, bool[]? mask, List<string> warnings)
    {
        if (bias?.PerPixel is not { } acc || g is null)
        {
            return null;
        }

        (double variance, double stdErr) = bias.TemporalVariance();
        try
        {
            return FixedPatternNoise.Analyze(acc.MeanMap(), bias.Info.Width, bias.Info.Height, (int)acc.FrameCount, variance, stdErr, g.Value, mask);
        }
        catch (InsufficientDataException ex)
        {
            warnings.Add($"fixed-pattern noise not measured: {ex.Message}");
            return null;
        }
    }

    private static StackSummary Reduce(OpenedEntry entry, bool perPixel, IProgress<AnalysisProgress>? progress)
    {
        string stage = $"{entry.Section}: {Path.GetFileName(entry.Label)}";
        return StackReducer.Reduce(entry.Source, perPixel, progress is null ? null : new StageProgress(progress, stage));
    }

    private static HotPixelDetector? DetectHotPixels(OpenedEntry entry, StackSummary? bias, List<string> warnings, IProgress<AnalysisProgress>? progress)
    {
        if (bias?.PerPixel is null)
        {
            warnings.Add($"{entry.Label}: hot pixels need a bias stack to subtract; skipped");
            return null;
        }

        progress?.Report(new AnalysisProgress($"hotPixels: {Path.GetFileName(entry.Label)}", 0));
        StackInfo info = entry.Source.Info;
        PixelAccumulator biasMaps = bias.PerPixel;
        var detector = new HotPixelDetector(
            info.Width, info.Height, biasMaps.MeanMap(), biasMaps.FrameCount >= HotPixelDetector.MinBiasFramesForNoiseMap ? biasMaps.VarianceMap() : null, biasMaps.FrameCount, entry.ExposureMs!.Value / 1000);
        if (info.FrameCount < 3)
        {
            warnings.Add(detector.UsesPixelNoise
                ? $"{entry.Label}: hot pixels from {info.FrameCount} frame(s) cannot be told from cosmic rays by persistence (the protocol takes 10)"
                : $"{entry.Label}: hot pixels from {info.FrameCount} frame(s) cannot be told from noisy pixels by persistence (the protocol takes 10)");
        }

        for (int f = 0; f < info.FrameCount; f++)
        {
            detector.AddFrame(entry.Source.ReadFrameAsDouble(f));
        }

        return detector;
    }

    private static BiasSection BiasSectionOf(StackSummary bias, Quantity? gain)
    {
        IReadOnlyList<double> means = bias.FrameMeans;
        if (means.Count < 3)
        {
            return new BiasSection(bias.Level(), means.Count, means, null);
        }

        BiasStabilityResult s = BiasStability.Analyze(means, gain);
        return new BiasSection(s.Level, means.Count, means, new BiasStabilitySection(
            s.Drift, s.MaxDeviationAdu, s.MaxDeviationElectrons, new Quantity(BiasStabilityResult.LimitElectrons, "e-", null), s.Pass));
    }

    private static DarkCurrentSection? DarkCurrentOf(Dictionary<double, DarkLevel> darks, StackSummary? bias, Quantity? g, List<string> warnings)
    {
        if (darks.Count == 0 || g is null)
        {
            return null;
        }

        if (darks.Count < 2 && bias is null)
        {
            warnings.Add("dark current needs two dark exposures, or one and a bias stack; skipped");
            return null;
        }

        (double biasMean, double biasSe) = bias?.OffsetForOtherStacks() ?? (double.NaN, double.NaN);
        var readVariance = bias is null ? new Quantity(double.NaN, "ADU^2", null) : ToQuantity(bias.TemporalVariance(), "ADU^2");
        DarkCurrentResult r = DarkCurrent.Analyze([.. darks.Values], new Quantity(biasMean, "ADU", biasSe), readVariance, g);
        return new DarkCurrentSection(r.FromMean, r.FromNoise, r.Levels);
    }

    private static HotPixelsSection HotPixelsOf(HotPixelDetector detector, Quantity gain, OpenedEntry entry)
    {
        HotPixelResult r = detector.Result(gain.Value);
        return new HotPixelsSection(r.Count, r.PersistentCount, r.Threshold, r.Frames, entry.ExposureMs!.Value, r.Pixels);
    }

    private static EmGainSection? EmGainOf(OpenedSession session, StackSummary? bias, Quantity? g, ReadNoiseSection? readNoise, List<string> warnings, IProgress<AnalysisProgress>? progress)
    {
        if (session.EmReference is null || session.EmAmplified is null)
        {
            if (session.EmReference is not null || session.EmAmplified is not null)
            {
                warnings.Add("EM gain needs both a reference and an amplified stack; skipped");
            }

            return null;
        }

        if (bias is null)
        {
            warnings.Add("EM gain needs a bias stack to subtract; skipped");
            return null;
        }

        return EmGainStage.Run(
            (session.EmReference, Reduce(session.EmReference, false, progress)),
            (session.EmAmplified, Reduce(session.EmAmplified, false, progress)),
            bias, g, readNoise?.Rms, warnings);
    }

    /// <summary>
    /// Speed from the stack taken at the shortest exposure (the bias, at zero): only there is the frame interval the
    /// readout time. A stack whose interval is set by its exposure gives the frame rate but no readout time.
    /// </summary>
    private static TimingSection? TimingOf(OpenedSession session)
    {
        foreach (OpenedEntry entry in session.All.OrderBy(e => e.ExposureMs ?? double.MaxValue).ThenByDescending(e => e.Source.Info.FrameCount))
        {
            IReadOnlyList<FrameMetadata> frames = entry.Source.Info.Frames;
            string name = Path.GetFileName(entry.Label);
            TimingSection? t = FrameTiming.Analyze([.. frames.Select(f => f.HardwareTimestampMs)], "hardware", name)
                ?? FrameTiming.Analyze([.. frames.Select(f => f.ElapsedMs)], "software", name);
            if (t is not null)
            {
                // Readout time only where the exposure is a small part of the interval (under 10 %).
                bool readoutLimited = (entry.ExposureMs ?? double.MaxValue) < 0.1 * t.FrameInterval.Value;
                return readoutLimited ? t : t with { ReadoutTime = null };
            }
        }

        return null;
    }

    private static SaturationSection SaturationOf(
        PhotonTransferResult ptc, IReadOnlyList<PhotonTransferPoint> points, StackSummary? bias, int bitDepth, List<(OpenedEntry Entry, StackSummary Summary)> flats, List<string> warnings)
    {
        bool integer = flats[0].Summary.Info.PixelType.IsInteger();
        SaturationSection s = Saturation.Analyze(ptc, points, bias?.Mean().Mean ?? points[0].OffsetAdu, bitDepth, TopCode(flats), integer);
        if (s.LinearFullWell is null && ptc.SaturationIndex is null)
        {
            warnings.Add($"saturation not reached: the brightest flat holds {points[^1].SignalAdu * ptc.SystemGain.Value:F0} e-, so the linear full well is above that; add brighter flats to measure it");
        }

        return s;
    }

    /// <summary>The stated bit depth, raised (with a warning) to what the data prove when a code lies above 2^depth - 1.</summary>
    private static int CheckBitDepth(int stated, IReadOnlyList<StackSummary> stacks, List<string> warnings)
    {
        double top = stacks.Select(s => s.TopCode).Where(double.IsFinite).DefaultIfEmpty(0).Max();
        if (top <= Math.Pow(2, stated) - 1)
        {
            return stated;
        }

        int needed = (int)Math.Ceiling(Math.Log2(top + 1));
        warnings.Add($"the data hold code {top}, above the {stated}-bit ADC's top code {Math.Pow(2, stated) - 1}: bitDepth taken as {needed}; check camera.bitDepth in session.json");
        return needed;
    }

    private static double? TopCode(List<(OpenedEntry Entry, StackSummary Summary)> flats) =>
        flats.Where(f => f.Summary.TopCodeFraction > SaturationPoint.ClippedFractionLimit).Select(f => (double?)f.Summary.TopCode).Max();

    private static Quantity ToQuantity((double Value, double StdErr) v, string unit) => new(v.Value, unit, v.StdErr);
}
