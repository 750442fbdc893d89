using CamTest.Core.Diagnostics;
using System.Globalization;
using CamTest.IO;
using CamTest.IO.Session;

namespace CamTest.Core.Emva;

/// <summary>
/// A protocol session (session.json) as an EMVA 1288 measurement. Flats are bright points, and must state their light:
/// <c>photonsPerPixel</c>, or <c>irradianceWPerM2</c> with <c>wavelengthNm</c> and <c>camera.pixelSizeUm</c>. Darks,
/// the bias (a dark at its exposure, 0 when not stated) and the hot-pixel darks are dark points. Each entry's frames
/// are read as consecutive pairs. Entries of more than two frames also qualify as spatial sets: the bright one is the
/// middle (by light) of the flats with the most frames, the dark one the dark entry of most frames at its exposure, else
/// the dark entry (or bias) with the most frames.
/// </summary>
public static class EmvaSessionInput
{
    public static EmvaInput From(SessionManifest session)
    {
        string source = session.SourcePath ?? "session.json";
        double? pixel = session.Camera?.PixelSizeUm;
        var notes = new List<Diagnostic>();
        var bright = new List<EmvaSet>();
        for (int i = 0; i < (session.Flats?.Count ?? 0); i++)
        {
            SessionEntry flat = session.Flats![i];
            (EmvaFrame[] frames, double exposure) = Frames(flat, $"flats[{i}]", source);
            double? photons = flat.PhotonsPerPixel ?? Photons(flat, pixel, exposure, $"flats[{i}]", source);
            bright.Add(new EmvaSet(EmvaSetKind.BrightPairs, exposure, photons, frames, $"flats[{i}]"));
        }

        var dark = new List<EmvaSet>();
        foreach ((string section, SessionEntry entry) in session.Stacks().Where(s => s.Section is "bias" || s.Section.StartsWith("darks[", StringComparison.Ordinal) || s.Section is "hotPixels"))
        {
            if (entry.IsMaps)
            {
                notes.Add(EmvaDiagnostics.Note(EmvaDiagnostics.Ignored, $"{section} is given as calibration maps; EMVA 1288 needs its frames, so it is left out"));
                continue;
            }

            (EmvaFrame[] frames, double exposure) = Frames(entry, section, source, defaultExposureS: section is "bias" ? 0 : null);
            dark.Add(new EmvaSet(EmvaSetKind.DarkPairs, exposure, null, frames, section));
        }

        if (session.EmGain is not null)
        {
            notes.Add(EmvaDiagnostics.Note(EmvaDiagnostics.Ignored, "emGain stacks are outside EMVA 1288's Linear module and are left out"));
        }

        foreach (EmvaSet odd in bright.Concat(dark).Where(s => s.Frames.Count % 2 == 1 && s.Frames.Count > 1))
        {
            notes.Add(EmvaDiagnostics.Note(EmvaDiagnostics.Ignored, $"{odd.Origin} has {odd.Frames.Count} frames: pairs are consecutive frames, so the last one is left out of the temporal noise"));
        }

        EmvaSet? brightSpatial = BrightSpatial(bright);
        EmvaSet? darkSpatial = DarkSpatial(dark, brightSpatial?.ExposureS);
        var sets = bright.Concat(dark).ToList();
        if (brightSpatial is not null)
        {
            sets.Add(brightSpatial with { Kind = EmvaSetKind.BrightSpatial });
        }

        if (darkSpatial is not null)
        {
            sets.Add(darkSpatial with { Kind = EmvaSetKind.DarkSpatial });
        }

        return new EmvaInput(source, sets, session.Camera?.BitDepth, null, null, pixel, notes) { CameraName = session.Camera?.Name };
    }

    private static EmvaSet? BrightSpatial(IReadOnlyList<EmvaSet> bright)
    {
        int most = bright.Select(s => s.Frames.Count).DefaultIfEmpty(0).Max();
        if (most < 3)
        {
            return null;
        }

        EmvaSet[] candidates = [.. bright.Where(s => s.Frames.Count == most).OrderBy(s => s.PhotonsPerPixel ?? s.ExposureS)];
        return candidates[(candidates.Length - 1) / 2];
    }

    private static EmvaSet? DarkSpatial(IReadOnlyList<EmvaSet> dark, double? exposure)
    {
        EmvaSet[] candidates = [.. dark.Where(s => s.Frames.Count >= 3)];
        if (candidates.Length == 0)
        {
            return null;
        }

        EmvaSet[] atExposure = exposure is double t ? [.. candidates.Where(s => EmvaDarkMatch.SameExposure(s.ExposureS, t))] : [];
        return (atExposure.Length > 0 ? atExposure : candidates).MaxBy(s => s.Frames.Count);
    }

    /// <summary>The entry's frames in order across its files, and its exposure (stated, from the files' metadata, or the default).</summary>
    private static EntryFrames Frames(SessionEntry entry, string section, string source, double? defaultExposureS = null)
    {
        var frames = new List<EmvaFrame>();
        double? metadataMs = null;
        foreach (string file in entry.Files)
        {
            using IFrameSource opened = ImageFile.Open(file);
            metadataMs ??= opened.Info.ExposureMs;
            frames.AddRange(Enumerable.Range(0, opened.Info.FrameCount).Select(f => new EmvaFrame(file, f)));
        }

        double exposureS = (entry.ExposureMs ?? metadataMs) is double ms ? ms / 1000
            : defaultExposureS ?? throw new InvalidInputException(source, $"{section} states no exposure (exposureMs) and its files' metadata hold none; EMVA 1288 needs every exposure");
        return new([.. frames], exposureS);
    }

    private static double? Photons(SessionEntry flat, double? pixelSizeUm, double exposureS, string section, string source)
    {
        if (flat.IrradianceWPerM2 is not double irradiance || flat.WavelengthNm is not double wavelength)
        {
            return null;
        }

        return pixelSizeUm is double size
            ? PhotonCount.PerPixel(irradiance, size, exposureS, wavelength)
            : throw new InvalidInputException(source, string.Create(CultureInfo.InvariantCulture, $"{section} gives irradianceWPerM2 {irradiance}; photons per pixel need camera.pixelSizeUm too"));
    }

    /// <summary>A manifest entry's frames in order across its files, and its exposure, s.</summary>
    private readonly record struct EntryFrames(EmvaFrame[] Frames, double ExposureS);
}
