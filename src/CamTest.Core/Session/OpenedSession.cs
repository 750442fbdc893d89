using CamTest.IO;
using CamTest.IO.Session;

namespace CamTest.Core.Session;

/// <summary>
/// Opens every stack a manifest names and checks, once and up front, what the analyses will rely on: frames of
/// one size, enough frames for pairs, and an exposure wherever a rate is computed. Every problem names the file.
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
        OpenedEntry? Entry(string section, SessionEntry? entry, int minFrames, bool needsExposure)
        {
            if (entry is null)
            {
                return null;
            }

            IFrameSource source = open(entry.Files);
            string label = entry.Files[0];
            var stack = new OpenedEntry(section, label, source, entry.ExposureMs ?? ExposureFromMetadata(source.Info), entry.EmGain);
            opened.Add(stack);
            Check(stack, minFrames, needsExposure, opened[0]);
            return stack;
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
                return new OpenedBias(Entry(section, entry, 2, needsExposure: false), null);
            }

            StackInfo? first = opened.Count > 0 ? opened[0].Source.Info : null;
            return new OpenedBias(null, BiasMaps.Load(section, entry.OffsetMap!, entry.ReadNoiseMap!, open, first?.Width, first?.Height));
        }

        try
        {
            // Frames first (the bias first among them, as the reference size), so that maps can be checked against their size.
            OpenedBias? bias = manifest.Bias is { IsMaps: false } ? Bias("bias", manifest.Bias) : null;
            List<OpenedEntry> flats = [.. (manifest.Flats ?? []).Select(e => Entry("flats", e, 2, needsExposure: false)!)];
            List<OpenedEntry> darks = [.. (manifest.Darks ?? []).Select(e => Entry("darks", e, 2, needsExposure: true)!)];
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

            return new OpenedSession(bias, flats, darks, hot, emRef, emAmp, emRefBias, emAmpBias);
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
