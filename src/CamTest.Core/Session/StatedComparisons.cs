using System.Globalization;
using CamTest.Core.Results;
using CamTest.IO.Session;

namespace CamTest.Core.Session;

/// <summary>
/// Puts each measured figure beside its stated value: the manifest's <c>camera.stated</c> first (the Certificate of
/// Performance the user copied), else what the files state (FITS EGAIN as e-/ADU, RDNOISE as e-; FITS GAIN is often a
/// vendor setting, not a conversion gain, so it is not used). The difference is given in % and in the measured
/// figure's standard errors, so a reader sees at once whether the camera meets its sheet.
/// </summary>
public static class StatedComparisons
{
    /// <returns>The comparisons, or null when nothing measured has a stated value.</returns>
    public static IReadOnlyList<StatedComparison>? Of(CameraResults r, SessionStatedValues? stated, OpenedSession session)
    {
        var list = new List<StatedComparison>();
        void Add(string figure, Quantity? measured, double? manifestValue, string manifestName, string? fitsKey)
        {
            if (measured is null || !double.IsFinite(measured.Value))
            {
                return;
            }

            (double value, string from)? s = manifestValue is double v
                ? (v, $"session.json camera.stated.{manifestName}")
                : fitsKey is null ? null : FromFiles(session, fitsKey);
            if (s is not { } found || found.value == 0)
            {
                return;
            }

            double diff = measured.Value - found.value;
            list.Add(new StatedComparison(figure, found.value, found.from, measured, 100 * diff / found.value,
                measured.StdErr is double e && e > 0 ? diff / e : null));
        }

        Add("gain.systemGain", r.Gain?.SystemGain, stated?.GainEPerAdu, "gainEPerAdu", "EGAIN");
        Add("readNoise.rms", r.ReadNoise?.Rms, stated?.ReadNoiseE, "readNoiseE", "RDNOISE");
        Add("darkCurrent.rate", r.DarkCurrent?.Rate, stated?.DarkCurrentEPerPixelPerS, "darkCurrentEPerPixelPerS", null);
        Add("saturation.linearFullWell", r.Saturation?.LinearFullWell, stated?.FullWellE, "fullWellE", null);
        Add("emGain.factor", r.EmGain?.Factor, stated?.EmGain, "emGain", null);
        return list.Count > 0 ? list : null;
    }

    /// <summary>The first stack whose metadata states <paramref name="keyword"/> as a positive number.</summary>
    private static (double, string)? FromFiles(OpenedSession session, string keyword)
    {
        foreach (OpenedEntry entry in session.All)
        {
            if (entry.Source.Info.Properties.TryGetValue(keyword, out string? text)
                && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v > 0 && double.IsFinite(v))
            {
                return (v, $"FITS {keyword} ({Path.GetFileName(entry.Label)})");
            }
        }

        return null;
    }
}
