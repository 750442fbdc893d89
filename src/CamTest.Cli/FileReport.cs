using System.Globalization;
using System.Text.Json.Serialization;
using CamTest.Cli.Commands;
using CamTest.Core.Diagnostics;
using CamTest.Core.Results;
using CamTest.Core.Session;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Cli;

/// <summary>What <c>camtest inspect</c> says about one file; serialised as one entry of the JSON "files" array.</summary>
public sealed record FileReport
{
    [JsonPropertyName("path")] public required string Path { get; init; }
    [JsonPropertyName("format")] public required string Format { get; init; }
    [JsonPropertyName("width")] public required int Width { get; init; }
    [JsonPropertyName("height")] public required int Height { get; init; }
    [JsonPropertyName("frames")] public required int Frames { get; init; }
    [JsonPropertyName("bitDepth")] public required int BitDepth { get; init; }
    [JsonPropertyName("pixelType")] public required string PixelType { get; init; }
    [JsonPropertyName("exposureMs")] public double? ExposureMs { get; init; }
    [JsonPropertyName("frameExposuresMs")] public IReadOnlyList<double?>? FrameExposuresMs { get; init; }
    [JsonPropertyName("elapsedMs")] public IReadOnlyList<double?>? ElapsedMs { get; init; }
    [JsonPropertyName("hardwareTimestampsMs")] public IReadOnlyList<double?>? HardwareTimestampsMs { get; init; }
    [JsonPropertyName("properties")] public IReadOnlyDictionary<string, string>? Properties { get; init; }
    [JsonPropertyName("frameMeans")] public required IReadOnlyList<double> FrameMeans { get; init; }
    [JsonPropertyName("min")] public required double Min { get; init; }
    [JsonPropertyName("max")] public required double Max { get; init; }

    /// <summary>The ADC's top code (2^bitDepth - 1); null for floating-point data.</summary>
    [JsonPropertyName("topCode")] public double? TopCode { get; init; }
    [JsonPropertyName("fractionAtTopCode")] public double? FractionAtTopCode { get; init; }
    [JsonPropertyName("fractionAtZero")] public required double FractionAtZero { get; init; }
    [JsonPropertyName("fractionAtMax")] public required double FractionAtMax { get; init; }

    /// <summary>The texts of <see cref="Diagnostics"/> at warning level and above, as results.json's "warnings[]".</summary>
    [JsonPropertyName("warnings")] public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>What the file's codes suggest (e.g. <see cref="InspectDiagnostics.NarrowAdcPileUp"/>), each with its code.</summary>
    [JsonPropertyName("diagnostics")] public IReadOnlyList<ReportedDiagnostic> Diagnostics { get; init; } = [];

    public static FileReport From(IFrameSource source, FrameSurvey survey)
    {
        StackInfo info = source.Info;
        IReadOnlyList<FrameMetadata> frames = info.Frames;
        Diagnostic? pileUp = InspectClipping.Warning(info, survey.Codes, Percent(survey.Codes.MaxFraction));
        DiagnosticReport report = DiagnosticReport.Of(pileUp is null ? [] : [pileUp]);
        return new FileReport
        {
            Path = info.Path,
            Format = info.Format,
            Width = info.Width,
            Height = info.Height,
            Frames = info.FrameCount,
            BitDepth = info.BitDepth,
            PixelType = info.PixelType.ToString().ToLowerInvariant(),
            ExposureMs = info.ExposureMs,
            FrameExposuresMs = AnyValue(frames, f => f.ExposureMs),
            ElapsedMs = AnyValue(frames, f => f.ElapsedMs),
            HardwareTimestampsMs = AnyValue(frames, f => f.HardwareTimestampMs),
            Properties = info.Properties.Count > 0 ? info.Properties : null,
            FrameMeans = [.. survey.Frames.Select(m => m.Mean)],
            Min = survey.Codes.Min,
            Max = survey.Codes.Max,
            TopCode = survey.Codes.TopCode,
            FractionAtTopCode = survey.Codes.TopCodeFraction,
            FractionAtZero = survey.Codes.ZeroFraction,
            FractionAtMax = survey.Codes.MaxFraction,
            Warnings = report.Warnings,
            Diagnostics = report.Diagnostics,
        };
    }

    /// <summary>Human-readable summary: the header facts, then the frame means (abridged for long stacks).</summary>
    public void WriteText(TextWriter output)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        output.WriteLine(Path);
        output.WriteLine($"  format      {Format}");
        output.WriteLine($"  size        {Width} x {Height} pixels, {Frames} frame(s), {PixelType}, {BitDepth}-bit");
        if (ExposureMs is double exposure)
        {
            output.WriteLine(string.Format(c, "  exposure    {0:G6} ms", exposure));
        }

        if (ElapsedMs is { Count: > 1 } elapsed && elapsed[0] is double first && elapsed[^1] is double last)
        {
            output.WriteLine(string.Format(c, "  timestamps  {0:G6} .. {1:G6} ms elapsed", first, last));
        }

        if (HardwareTimestampsMs is { Count: > 1 })
        {
            output.WriteLine("  hardware timestamps present");
        }

        foreach ((string key, string value) in Properties ?? new Dictionary<string, string>())
        {
            output.WriteLine($"  {key,-11} {value}");
        }

        output.WriteLine(string.Format(c, "  values      {0:G6} .. {1:G6}; {2} at 0{3}", Min, Max, Percent(FractionAtZero),
            TopCode is double top ? string.Format(c, ", {0} at the top code {1:G6}", Percent(FractionAtTopCode ?? double.NaN), top) : string.Empty));
        foreach (string warning in Warnings)
        {
            output.WriteLine($"  warning     {warning}");
        }

        const int shown = 10;
        output.Write("  frame means ");
        IEnumerable<string> means = FrameMeans.Take(shown).Select(m => m.ToString("F3", c));
        output.Write(string.Join(", ", means));
        output.WriteLine(FrameMeans.Count > shown ? $", ... ({FrameMeans.Count} in all; --json lists every one)" : string.Empty);
        if (FrameMeans.Count > 0)
        {
            output.WriteLine(string.Format(c, "  mean of means {0:F3}", FrameMeans.Average()));
        }
    }

    /// <summary>A fraction as a percentage that never rounds a few clipped pixels to "0 %".</summary>
    private static string Percent(double fraction) => fraction switch
    {
        0 => "none",
        < 1e-4 => string.Format(CultureInfo.InvariantCulture, "{0:0.###e0} %", fraction * 100),
        _ => string.Format(CultureInfo.InvariantCulture, "{0:0.###} %", fraction * 100),
    };

    private static List<double?>? AnyValue(IReadOnlyList<FrameMetadata> frames, Func<FrameMetadata, double?> field) =>
        frames.Any(f => field(f) is not null) ? frames.Select(field).ToList() : null;
}
