using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// Everything one analysis found: the results.json document (schema camtest.results/1). Sections are null when the
/// session held no data for them; <see cref="Warnings"/> says what was skipped and why.
/// </summary>
public sealed record CameraResults
{
    public const string SchemaName = "camtest.results/1";

    [JsonPropertyName("schema")] public string Schema { get; init; } = SchemaName;
    [JsonPropertyName("camera")] public CameraDescription? Camera { get; init; }
    [JsonPropertyName("run")] public RunRecord? Run { get; init; }
    [JsonPropertyName("bias")] public BiasSection? Bias { get; init; }
    [JsonPropertyName("readNoise")] public ReadNoiseSection? ReadNoise { get; init; }
    [JsonPropertyName("gain")] public GainSection? Gain { get; init; }
    [JsonPropertyName("darkCurrent")] public DarkCurrentSection? DarkCurrent { get; init; }
    [JsonPropertyName("hotPixels")] public HotPixelsSection? HotPixels { get; init; }
    [JsonPropertyName("saturation")] public SaturationSection? Saturation { get; init; }
    [JsonPropertyName("fixedPattern")] public FixedPatternSection? FixedPattern { get; init; }
    [JsonPropertyName("emGain")] public EmGainSection? EmGain { get; init; }
    [JsonPropertyName("timing")] public TimingSection? Timing { get; init; }
    [JsonPropertyName("emva")] public EmvaSection? Emva { get; init; }

    /// <summary>Each measured figure beside its stated value (camera.stated, FITS EGAIN/RDNOISE); null when none is stated.</summary>
    [JsonPropertyName("statedVsMeasured")] public IReadOnlyList<StatedComparison>? StatedVsMeasured { get; init; }
    [JsonPropertyName("warnings")] public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The same lines as <see cref="Warnings"/> (and any of severity info), each with its stable code, the
    /// section, files and exposures it concerns: match on the code, not on the wording.</summary>
    [JsonPropertyName("diagnostics")] public IReadOnlyList<ReportedDiagnostic> Diagnostics { get; init; } = [];
}
