using System.Text.Json.Serialization;

namespace CamTest.IO.Session;

/// <summary>
/// One entry of a session: files whose frames are concatenated into one sequence, the exposure (optional where the
/// files' metadata holds it) and, in the <c>emGain</c> section, the EM gain set on the camera.
/// A bias may instead be given as calibration maps (<see cref="OffsetMap"/> and <see cref="ReadNoiseMap"/>), the form
/// camera makers' calibrations and published data sets take; and an <c>emGain</c> entry may carry its own
/// <see cref="Bias"/>, because an EMCCD's offset moves with the EM gain set point.
/// </summary>
public sealed record SessionEntry
{
    [JsonPropertyName("exposureMs")] public double? ExposureMs { get; init; }

    [JsonPropertyName("emGain")] public double? EmGain { get; init; }

    /// <summary>
    /// The files; after <see cref="SessionManifestFile.Load"/>, full paths resolved against the manifest's folder.
    /// A JSON <c>null</c> reads as no files (as when the key is left out), so a bias given as maps may write it.
    /// </summary>
    [JsonPropertyName("files")]
    public IReadOnlyList<string> Files
    {
        get;
        init => field = value ?? [];
    } = [];

    /// <summary>Bias entries only: a one-frame image of each pixel's offset, ADU (instead of bias frames).</summary>
    [JsonPropertyName("offsetMap")] public string? OffsetMap { get; init; }

    /// <summary>Bias entries only, with <see cref="OffsetMap"/>: a one-frame image of each pixel's read noise (sigma), ADU.</summary>
    [JsonPropertyName("readNoiseMap")] public string? ReadNoiseMap { get; init; }

    /// <summary>emGain entries only: the bias at this entry's EM gain set point (else the session's bias is used).</summary>
    [JsonPropertyName("bias")] public SessionEntry? Bias { get; init; }

    /// <summary>Flats only, for EMVA 1288: the mean number of photons reaching one pixel during the exposure.</summary>
    [JsonPropertyName("photonsPerPixel")] public double? PhotonsPerPixel { get; init; }

    /// <summary>Flats only, for EMVA 1288 (instead of <see cref="PhotonsPerPixel"/>): irradiance on the sensor, W/m².</summary>
    [JsonPropertyName("irradianceWPerM2")] public double? IrradianceWPerM2 { get; init; }

    /// <summary>Flats only, with <see cref="IrradianceWPerM2"/>: the wavelength of the (monochromatic) light, nm.</summary>
    [JsonPropertyName("wavelengthNm")] public double? WavelengthNm { get; init; }

    /// <summary>True when this bias is given as calibration maps rather than frames.</summary>
    [JsonIgnore] public bool IsMaps => OffsetMap is not null;

    /// <summary>The files this entry itself names: frames and maps, not those of a nested bias.</summary>
    [JsonIgnore] public IEnumerable<string> OwnFiles => Files.Concat(new[] { OffsetMap, ReadNoiseMap }.OfType<string>());

    /// <summary>Every file the entry names: frames, maps, and those of a nested bias.</summary>
    [JsonIgnore] public IEnumerable<string> AllFiles => OwnFiles.Concat(Bias?.AllFiles ?? []);
}
