using System.Globalization;
using CamTest.Core.Results;
using CamTest.IO;
using CamTest.IO.Session;

namespace CamTest.Core.Session;

/// <summary>
/// results.json "camera", "run" and "statedVsMeasured": what the manifest and the files' metadata say about the camera
/// and the run. The manifest's word wins; the files' metadata (the names FITS, OME and Micro-Manager metadata are
/// mapped to: AcquisitionStart, SensorTemperatureC, ReadoutMode) fill what it leaves out.
/// </summary>
public static partial class ResultsMapper
{
    /// <summary>camera: as the manifest describes it, with the bit depth the data were analysed at.</summary>
    public static CameraDescription Camera(SessionCamera? camera, int bitDepth, int leftShift) =>
        new(camera?.Name, camera?.Sensor, bitDepth, camera?.PixelSizeUm)
        {
            Serial = camera?.Serial, Stated = StatedValues(camera?.Stated), LeftShiftBits = leftShift == 0 ? null : leftShift,
        };

    /// <summary>camera.stated: the manifest's stated values, as given.</summary>
    public static StatedValuesSection? StatedValues(SessionStatedValues? stated) => stated is null ? null : new StatedValuesSection
    {
        GainEPerAdu = stated.GainEPerAdu,
        ReadNoiseE = stated.ReadNoiseE,
        DarkCurrentEPerPixelPerS = stated.DarkCurrentEPerPixelPerS,
        FullWellE = stated.FullWellE,
        EmGain = stated.EmGain,
    };

    /// <summary>run: when the data were acquired (and who says so), when analysed, by what, under which conditions, from
    /// which files.</summary>
    public static RunRecord Run(SessionManifest manifest, OpenedSession session, int bitDepth, DateTimeOffset analysed)
    {
        AcquisitionTime acquired = Acquired(manifest, session);
        var conditions = new RunConditions(
            manifest.Conditions?.TemperatureC ?? FromMetadata(session, "SensorTemperatureC", Temperature),
            manifest.Conditions?.ReadoutMode ?? FromMetadata(session, "ReadoutMode", Text),
            manifest.EmGain?.Amplified?.EmGain,
            bitDepth)
        {
            Instrument = FromMetadata(session, "Camera", Text),
            Binning = FromMetadata(session, "Binning", Text),
            SetTemperatureC = FromMetadata(session, "SetTemperatureC", Temperature),
            GainSetting = FromMetadata(session, "GainSetting", Text),
        };
        string software = $"camtest {typeof(ResultsMapper).Assembly.GetName().Version}";
        return new RunRecord(acquired.Time, acquired.From, IsoTimestamp.Format(analysed), software, conditions, Inputs(manifest));
    }

    /// <summary>
    /// statedVsMeasured: each measured figure beside its stated value, the manifest's <c>camera.stated</c> first (the
    /// Certificate of Performance the user copied), else what the files state (FITS EGAIN as e-/ADU, RDNOISE as e-; FITS
    /// GAIN is often a vendor setting, not a conversion gain, so it is not used). The difference is given in % and in the
    /// measured figure's standard errors, so a reader sees at once whether the camera meets its sheet.
    /// </summary>
    /// <returns>The comparisons, or null when nothing measured has a stated value.</returns>
    public static IReadOnlyList<StatedComparison>? StatedVsMeasured(CameraResults r, SessionStatedValues? stated, OpenedSession session)
    {
        var list = new List<StatedComparison>();
        void Add(string figure, Quantity? measured, double? manifestValue, string manifestName, string? fitsKey)
        {
            if (measured is null || !double.IsFinite(measured.Value))
            {
                return;
            }

            StatedValue? s = manifestValue is double v
                ? new StatedValue(v, $"session.json camera.stated.{manifestName}")
                : fitsKey is null ? null : FromFiles(session, fitsKey);
            if (s is not { } found || found.Value == 0)
            {
                return;
            }

            double diff = measured.Value - found.Value;
            list.Add(new StatedComparison(figure, found.Value, found.From, measured, 100 * diff / found.Value,
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
    private static StatedValue? FromFiles(OpenedSession session, string keyword)
    {
        foreach (OpenedEntry entry in session.All)
        {
            if (entry.Source.Info.Properties.TryGetValue(keyword, out string? text)
                && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v > 0 && double.IsFinite(v))
            {
                return new StatedValue(v, $"FITS {keyword} ({Path.GetFileName(entry.Label)})");
            }
        }

        return null;
    }

    /// <summary>The manifest's <c>acquired</c>, else the earliest start any stack's metadata states.</summary>
    private static AcquisitionTime Acquired(SessionManifest manifest, OpenedSession session)
    {
        if (IsoTimestamp.TryParse(manifest.Acquired) is DateTimeOffset stated)
        {
            return new(IsoTimestamp.Format(stated), "session.json");
        }

        var fromFiles = session.All
            .Select(s => (s.Source.Info, Time: s.Source.Info.Properties.TryGetValue("AcquisitionStart", out string? t) ? IsoTimestamp.TryParse(t) : null))
            .Where(s => s.Time is not null)
            .OrderBy(s => s.Time)
            .FirstOrDefault();
        return fromFiles.Time is DateTimeOffset time
            ? new(IsoTimestamp.Format(time), $"{Path.GetFileName(fromFiles.Info.Path)} ({fromFiles.Info.Format} metadata)")
            : new(null, null);
    }

    private static T? FromMetadata<T>(OpenedSession session, string key, Func<string, T?> parse) =>
        session.All.Select(s => s.Source.Info.Properties.TryGetValue(key, out string? v) ? parse(v) : default).FirstOrDefault(v => v is not null);

    private static string? Text(string text) => text.Trim() is { Length: > 0 } t ? t : null;

    private static double? Temperature(string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double t) && t is > -273.15 and < 200 ? t : null;

    private static List<RunInput> Inputs(SessionManifest manifest) =>
        [.. manifest.Stacks().SelectMany(s => s.Stack.AllFiles).Distinct(StringComparer.Ordinal)
            .Select(f => new RunInput(f, new FileInfo(f) is { Exists: true } info ? info.Length : 0))];

    /// <summary>When the data were acquired, and who says so ("session.json", or a file's metadata); both null when unknown.</summary>
    private readonly record struct AcquisitionTime(string? Time, string? From);

    /// <summary>A stated value and where it was stated.</summary>
    private readonly record struct StatedValue(double Value, string From);
}
