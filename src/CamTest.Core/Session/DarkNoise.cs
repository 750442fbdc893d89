using System.Globalization;
using CamTest.Core.Analysis;
using CamTest.Core.Diagnostics;
using CamTest.Core.Results;
using CamTest.IO;

namespace CamTest.Core.Session;

/// <summary>
/// The temporal noise without light when no bias pair gives it: a one-frame bias (its offset is good, its noise is
/// not measurable) or no bias at all. The shortest dark pair then gives it, and says so: its variance also holds that
/// exposure's dark shot noise, which at the shortest exposure is the least it can be.
/// </summary>
public static class DarkNoise
{
    /// <summary>A one-frame bias with the read variance of the shortest dark pair (or, without darks, said to need a pair).</summary>
    public static Diagnosed<BiasReference?> CompleteOneFrameBias(
        BiasReference? bias, IReadOnlyList<OpenedEntry> darks, IReadOnlyDictionary<double, DarkLevel> plainDarks)
    {
        if (bias is not { HasNoPair: true })
        {
            return new(bias, []);
        }

        if (Shortest(darks) is not { } entry)
        {
            return new(bias, [ReadNoiseDiagnostics.NeedsPair.Raise($"{bias.Label}: the bias is one frame and the session has no darks, so the read noise is not measured (it needs a pair of frames); single-point gains keep the read variance in them")
                with { Section = "readNoise", File = bias.Label }]);
        }

        DarkLevel d = plainDarks[entry.ExposureMs!.Value];
        return new(bias.WithReadVariance(d.Variance), [ReadNoiseDiagnostics.FromDarkPair.Raise(string.Create(CultureInfo.InvariantCulture,
            $"{bias.Label}: the bias is one frame (its offset is used); the read noise is the temporal noise of the shortest dark pair ({Path.GetFileName(entry.Label)}, {entry.ExposureMs:G6} ms), which also holds that exposure's dark shot noise"))
            with { Section = "readNoise", File = entry.Label, ExposureMs = entry.ExposureMs }]);
    }

    /// <summary>
    /// Read noise from the bias's read variance when the bias had no pair of its own, or, with no bias at all, the
    /// temporal dark noise of the shortest dark pair (which is computed for the dark current anyway); null otherwise.
    /// </summary>
    public static Diagnosed<ReadNoiseResult?> ReadNoiseWithoutBias(
        BiasReference? bias, IReadOnlyList<OpenedEntry> darks, IReadOnlyDictionary<double, DarkLevel> plainDarks)
    {
        if (Shortest(darks) is not { } entry || bias is { HasNoPair: false } || (bias is not null && double.IsNaN(bias.ReadVariance.Value)))
        {
            return new(null, []);
        }

        DarkLevel d = plainDarks[entry.ExposureMs!.Value];
        int pairs = entry.Source.Info.FrameCount / 2;
        ReadNoiseResult fromDarks = ReadNoise.FromPairVariance(d.Variance, entry.Source.Info.PixelType.IsInteger(), pairs, null)
            with { FromDarkPairMs = entry.ExposureMs };
        return bias is not null ? new(fromDarks, []) : new(fromDarks, [ReadNoiseDiagnostics.FromDarkPair.Raise(string.Create(CultureInfo.InvariantCulture,
            $"{entry.Label}: no bias: the read noise given is the temporal dark noise of the shortest dark pair ({entry.ExposureMs:G6} ms), which also holds that exposure's dark shot noise"))
            with { Section = "readNoise", File = entry.Label, ExposureMs = entry.ExposureMs }]);
    }

    private static OpenedEntry? Shortest(IReadOnlyList<OpenedEntry> darks) => darks.MinBy(d => d.ExposureMs);
}
