using System.Globalization;
using CamTest.Core.Diagnostics;
using CamTest.IO;
using CamTest.IO.Session;

namespace CamTest.Core.Session;

/// <summary>
/// Opens every stack a manifest names and checks, once and up front, what the analyses will rely on: frames of
/// one size, enough frames for pairs, and an exposure wherever a rate is computed. Every problem names the file.
/// What real acquisitions produce is taken as it comes: dark entries at one exposure (a camera that clamps or rounds
/// exposure times) become one level with more pairs, a 0 ms dark pair sits beside longer darks, a bias may be a single
/// frame, and an exposure the manifest states against the file's metadata is used with a warning naming both.
/// </summary>
public sealed class OpenedSession : IDisposable
{
    private OpenedSession(OpenedBias? bias, IReadOnlyList<OpenedEntry> flats, IReadOnlyList<OpenedEntry> darks,
        OpenedEntry? hotPixels, OpenedEntry? emReference, OpenedEntry? emAmplified, OpenedBias? emReferenceBias, OpenedBias? emAmplifiedBias)
    {
        Bias = bias;
        Flats = flats;
        Darks = darks;
        HotPixels = hotPixels;
        EmReference = emReference;
        EmAmplified = emAmplified;
        EmReferenceBias = emReferenceBias;
        EmAmplifiedBias = emAmplifiedBias;
    }

    public OpenedBias? Bias { get; }

    /// <summary>What opening the session had to say: entries merged, exposures contradicting the metadata.</summary>
    public IReadOnlyList<Diagnostic> Notes { get; private init; } = [];
    public IReadOnlyList<OpenedEntry> Flats { get; }
    public IReadOnlyList<OpenedEntry> Darks { get; }
    public OpenedEntry? HotPixels { get; }
    public OpenedEntry? EmReference { get; }
    public OpenedEntry? EmAmplified { get; }

    /// <summary>The bias at the reference's EM gain set point, when the manifest gives one (else <see cref="Bias"/> serves).</summary>
    public OpenedBias? EmReferenceBias { get; }

    /// <summary>The bias at the amplified stack's EM gain set point, when the manifest gives one (else <see cref="Bias"/> serves).</summary>
    public OpenedBias? EmAmplifiedBias { get; }

    /// <summary>Every stack of frames (biases given as maps are not stacks).</summary>
    public IEnumerable<OpenedEntry> All =>
        new[] { Bias?.Frames, HotPixels, EmReference, EmReferenceBias?.Frames, EmAmplified, EmAmplifiedBias?.Frames }
            .Concat(Flats).Concat(Darks).OfType<OpenedEntry>();

    public static OpenedSession Open(SessionManifest manifest, Func<IReadOnlyList<string>, IFrameSource> open)
    {
        var opened = new List<OpenedEntry>();
        var notes = new List<Diagnostic>();
        OpenedEntry? Entry(string section, SessionEntry? entry, int minFrames, bool needsExposure)
        {
            if (entry is null)
            {
                return null;
            }

            IFrameSource source = open(entry.Files);
            string label = entry.Files[0];
            double? fromMetadata = ExposureFromMetadata(source.Info);
            if (entry.ExposureMs is double stated && fromMetadata is double logged && !SameExposure(stated, logged))
            {
                notes.Add(SessionDiagnostics.ExposureMismatch.Raise(string.Create(CultureInfo.InvariantCulture,
                    $"{label}: {section} exposure {stated:G6} ms in session.json, but the file's metadata says {logged:G6} ms; the manifest's {stated:G6} ms was used (Micro-Manager may log the requested exposure where the camera clamped it: check which is true)"))
                    with { Section = section, File = label, ExposureMs = stated });
            }

            var stack = new OpenedEntry(section, label, source, entry.ExposureMs ?? fromMetadata, entry.EmGain) { Files = entry.Files };
            opened.Add(stack);
            Check(stack, minFrames, needsExposure && !(section == "darks" && stack.ExposureMs == 0), opened[0]);
            return stack;
        }

        // Dark entries at one exposure are one level: their files concatenated, so the level has more pairs.
        List<OpenedEntry> MergeByExposure(List<OpenedEntry> entries)
        {
            var merged = new List<OpenedEntry>();
            foreach (IGrouping<double?, OpenedEntry> group in entries.GroupBy(e => e.ExposureMs))
            {
                if (group.Count() == 1 || group.Key is null)
                {
                    merged.AddRange(group);
                    continue;
                }

                OpenedEntry first = group.First();
                List<string> files = [.. group.SelectMany(e => e.Files)];
                foreach (OpenedEntry e in group)
                {
                    opened.Remove(e);
                    e.Dispose();
                }

                var stack = first with { Source = open(files), Files = files };
                opened.Add(stack);
                merged.Add(stack);
                notes.Add(SessionDiagnostics.ExposuresMerged.Raise(string.Create(CultureInfo.InvariantCulture,
                    $"{first.Label}: {group.Count()} {first.Section} entries at {group.Key:G6} ms ({string.Join(", ", group.Select(e => Path.GetFileName(e.Label)))}) merged into one level of {stack.Source.Info.FrameCount} frames"))
                    with { Section = first.Section, File = first.Label, ExposureMs = group.Key });
            }

            return merged;
        }

        // Maps are checked against the first stack of frames; a session of maps alone has nothing to analyze.
        OpenedBias? Bias(string section, SessionEntry? entry)
        {
            if (entry is null)
            {
                return null;
            }

            if (!entry.IsMaps)
            {
                // One bias frame still gives the offset; the read noise then comes from the shortest dark pair.
                return new OpenedBias(Entry(section, entry, section == "bias" ? 1 : 2, needsExposure: false), null);
            }

            StackInfo? first = opened.Count > 0 ? opened[0].Source.Info : null;
            return new OpenedBias(null, BiasMaps.Load(section, entry.OffsetMap!, entry.ReadNoiseMap!, open, first));
        }

        try
        {
            // Frames first (the bias first among them, as the reference size), so that maps can be checked against their size.
            OpenedBias? bias = manifest.Bias is { IsMaps: false } ? Bias("bias", manifest.Bias) : null;

            List<OpenedEntry> flats = [.. (manifest.Flats ?? []).Select(e => Entry("flats", e, 2, needsExposure: false)!)];
            List<OpenedEntry> darks = MergeByExposure([.. (manifest.Darks ?? []).Select(e => Entry("darks", e, 2, needsExposure: true)!)]);
            if (darks.Count > 0 && darks.All(d => d.ExposureMs == 0))
            {
                throw new InvalidInputException(darks[0].Label, "darks: exposure 0 ms; a rate needs an exposure above zero (a 0 ms dark pair is used beside longer darks)");
            }

            RefuseSharedFiles(manifest);
            OpenedEntry? hot = Entry("hotPixels", manifest.HotPixels, 1, needsExposure: true);
            OpenedEntry? emRef = Entry("emGain.reference", manifest.EmGain?.Reference, 1, needsExposure: true);
            OpenedEntry? emAmp = Entry("emGain.amplified", manifest.EmGain?.Amplified, 1, needsExposure: true);
            bias ??= Bias("bias", manifest.Bias);
            OpenedBias? emRefBias = Bias("emGain.reference.bias", manifest.EmGain?.Reference?.Bias);
            OpenedBias? emAmpBias = Bias("emGain.amplified.bias", manifest.EmGain?.Amplified?.Bias);
            if (opened.Count == 0)
            {
                throw new InvalidInputException(manifest.SourcePath ?? "session.json", "nothing to analyze: the manifest names no stacks of frames (bias, flats, darks, hotPixels or emGain)");
            }

            return new OpenedSession(bias, flats, darks, hot, emRef, emAmp, emRefBias, emAmpBias) { Notes = notes };
        }
        catch
        {
            opened.ForEach(s => s.Dispose());
            throw;
        }
    }

    private static void Check(OpenedEntry stack, int minFrames, bool needsExposure, OpenedEntry first)
    {
        StackInfo info = stack.Source.Info;
        if (info.FrameCount < minFrames)
        {
            throw new InvalidInputException(stack.Label,
                $"{stack.Section} holds {info.FrameCount} frame(s); at least {minFrames} are needed (a pair for the temporal noise)");
        }

        StackInfo reference = first.Source.Info;
        if (info.Width != reference.Width || info.Height != reference.Height)
        {
            throw new InvalidInputException(stack.Label,
                $"{stack.Section} frames are {info.Width}x{info.Height}, but {first.Label} ({first.Section}) has {reference.Width}x{reference.Height}");
        }

        if (needsExposure && stack.ExposureMs is null)
        {
            throw new InvalidInputException(stack.Label,
                $"{stack.Section}: exposure unknown; give exposureMs in session.json (the file's metadata does not state it)");
        }

        if (stack.ExposureMs is < 0 or double.NaN or double.PositiveInfinity)
        {
            throw new InvalidInputException(stack.Label, $"{stack.Section}: exposure {stack.ExposureMs} ms is not a valid exposure");
        }

        // Dark current, hot-pixel rates and the EM gain divide by the exposure: it must be above zero there.
        if (needsExposure && stack.ExposureMs is not > 0)
        {
            throw new InvalidInputException(stack.Label, $"{stack.Section}: exposure {stack.ExposureMs} ms; a rate needs an exposure above zero");
        }
    }

    /// <summary>
    /// One file named for two levels among the flats and darks (a copy-paste slip in the manifest): the two levels would
    /// be one measurement twice. The bias may be a dark's file (the shortest dark pair serving as the bias).
    /// </summary>
    private static void RefuseSharedFiles(SessionManifest manifest)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        IEnumerable<(string Level, string File)> files =
            (manifest.Flats ?? []).SelectMany((e, i) => e.Files.Select(f => (Level("flats", i, e), f)))
            .Concat((manifest.Darks ?? []).SelectMany((e, i) => e.Files.Select(f => (Level("darks", i, e), f))));
        foreach ((string level, string file) in files)
        {
            string full = Path.GetFullPath(file);
            if (seen.TryGetValue(full, out string? other) && other != level)
            {
                throw SessionDiagnostics.SameFile.Refuse(file, $"named for both {other} and {level}: one acquisition cannot be two levels; give each level its own frames");
            }

            seen[full] = level;
        }
    }

    private static string Level(string section, int index, SessionEntry entry) =>
        entry.ExposureMs is double e ? string.Create(CultureInfo.InvariantCulture, $"{section}[{index}] ({e:G6} ms)") : $"{section}[{index}]";

    /// <summary>Exposures agree within 0.5 % or 1 us (metadata round to the microsecond; cameras round to their line time).</summary>
    private static bool SameExposure(double a, double b) => Math.Abs(a - b) <= Math.Max(0.005 * Math.Max(a, b), 1e-3);

    /// <summary>The stack's exposure from its metadata: a stated common one, or one all frames agree on.</summary>
    private static double? ExposureFromMetadata(StackInfo info)
    {
        if (info.ExposureMs is double e)
        {
            return e;
        }

        var perFrame = info.Frames.Select(f => f.ExposureMs).Distinct().ToList();
        return perFrame.Count == 1 ? perFrame[0] : null;
    }

    public void Dispose()
    {
        foreach (OpenedEntry s in All)
        {
            s.Dispose();
        }
    }
}
