using System.Text.Json.Serialization;

namespace CamTest.IO.Session;

/// <summary>
/// <c>session.json</c> (GUIDE section 2): the camera and the stacks a protocol session acquired. Every section but
/// <c>camera</c> is optional; load it with <see cref="SessionManifestFile.Load"/>, which validates and resolves paths.
/// </summary>
public sealed record SessionManifest
{
    [JsonPropertyName("camera")] public SessionCamera? Camera { get; init; }

    /// <summary>When the session was acquired, ISO 8601 (a date, or a date and time); otherwise the files' metadata may say.</summary>
    [JsonPropertyName("acquired")] public string? Acquired { get; init; }

    /// <summary>Sensor temperature and readout mode, when the files' metadata does not state them.</summary>
    [JsonPropertyName("conditions")] public SessionConditions? Conditions { get; init; }

    [JsonPropertyName("bias")] public SessionEntry? Bias { get; init; }

    [JsonPropertyName("flats")] public IReadOnlyList<SessionEntry>? Flats { get; init; }

    [JsonPropertyName("darks")] public IReadOnlyList<SessionEntry>? Darks { get; init; }

    [JsonPropertyName("hotPixels")] public SessionEntry? HotPixels { get; init; }

    [JsonPropertyName("emGain")] public SessionEmGain? EmGain { get; init; }

    /// <summary>The manifest's own path once loaded (relative file names were resolved against its folder).</summary>
    [JsonIgnore] public string? SourcePath { get; init; }

    /// <summary>Every stack (or bias given as maps) in the manifest with the name of its section, in a fixed order.</summary>
    public IEnumerable<(string Section, SessionEntry Stack)> Stacks()
    {
        if (Bias is not null)
        {
            yield return ("bias", Bias);
        }

        for (int i = 0; i < (Flats?.Count ?? 0); i++)
        {
            yield return ($"flats[{i}]", Flats![i]);
        }

        for (int i = 0; i < (Darks?.Count ?? 0); i++)
        {
            yield return ($"darks[{i}]", Darks![i]);
        }

        if (HotPixels is not null)
        {
            yield return ("hotPixels", HotPixels);
        }

        if (EmGain?.Reference is not null)
        {
            yield return ("emGain.reference", EmGain.Reference);
        }

        if (EmGain?.Reference?.Bias is not null)
        {
            yield return ("emGain.reference.bias", EmGain.Reference.Bias);
        }

        if (EmGain?.Amplified is not null)
        {
            yield return ("emGain.amplified", EmGain.Amplified);
        }

        if (EmGain?.Amplified?.Bias is not null)
        {
            yield return ("emGain.amplified.bias", EmGain.Amplified.Bias);
        }
    }
}
