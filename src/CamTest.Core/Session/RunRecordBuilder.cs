using System.Globalization;
using CamTest.Core.Results;
using CamTest.IO;
using CamTest.IO.Session;

namespace CamTest.Core.Session;

/// <summary>
/// Fills results.json "run" from the manifest and the opened stacks: the manifest's word wins, the files' metadata
/// (the names FITS, OME and Micro-Manager metadata are mapped to: AcquisitionStart, SensorTemperatureC, ReadoutMode)
/// fills what it leaves out.
/// </summary>
internal static class RunRecordBuilder
{
    public static RunRecord Build(SessionManifest manifest, OpenedSession session, int bitDepth, DateTimeOffset analysed)
    {
        (string? acquired, string? acquiredFrom) = Acquired(manifest, session);
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
        string software = $"camtest {typeof(RunRecordBuilder).Assembly.GetName().Version}";
        return new RunRecord(acquired, acquiredFrom, IsoTimestamp.Format(analysed), software, conditions, Inputs(manifest));
    }

    /// <summary>The manifest's <c>acquired</c>, else the earliest start any stack's metadata states.</summary>
    private static (string? Time, string? From) Acquired(SessionManifest manifest, OpenedSession session)
    {
        if (IsoTimestamp.TryParse(manifest.Acquired) is DateTimeOffset stated)
        {
            return (IsoTimestamp.Format(stated), "session.json");
        }

        var fromFiles = session.All
            .Select(s => (s.Source.Info, Time: s.Source.Info.Properties.TryGetValue("AcquisitionStart", out string? t) ? IsoTimestamp.TryParse(t) : null))
            .Where(s => s.Time is not null)
            .OrderBy(s => s.Time)
            .FirstOrDefault();
        return fromFiles.Time is DateTimeOffset time
            ? (IsoTimestamp.Format(time), $"{Path.GetFileName(fromFiles.Info.Path)} ({fromFiles.Info.Format} metadata)")
            : (null, null);
    }

    private static T? FromMetadata<T>(OpenedSession session, string key, Func<string, T?> parse) =>
        session.All.Select(s => s.Source.Info.Properties.TryGetValue(key, out string? v) ? parse(v) : default).FirstOrDefault(v => v is not null);

    private static string? Text(string text) => text.Trim() is { Length: > 0 } t ? t : null;

    private static double? Temperature(string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double t) && t is > -273.15 and < 200 ? t : null;

    private static List<RunInput> Inputs(SessionManifest manifest) =>
        [.. manifest.Stacks().SelectMany(s => s.Stack.AllFiles).Distinct(StringComparer.Ordinal)
            .Select(f => new RunInput(f, new FileInfo(f) is { Exists: true } info ? info.Length : 0))];
}
