using System.Globalization;
using System.Text.Json.Serialization;
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

    public static FileReport From(IFrameSource source, IReadOnlyList<double> frameMeans)
    {
        StackInfo info = source.Info;
        IReadOnlyList<FrameMetadata> frames = info.Frames;
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
            FrameMeans = frameMeans,
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

    private static List<double?>? AnyValue(IReadOnlyList<FrameMetadata> frames, Func<FrameMetadata, double?> field) =>
        frames.Any(f => field(f) is not null) ? frames.Select(field).ToList() : null;
}
