using System.Text.Json.Serialization;
using CamTest.Core.Maps;

namespace CamTest.Cli.Commands;

/// <summary>results.json of <c>camtest maps</c>: what was read, a summary of every map, the bad pixels, and the files written.</summary>
public sealed record MapsDocument(
    [property: JsonPropertyName("schema")] string Schema,
    [property: JsonPropertyName("maps")] MapsSection Maps);

public sealed record MapsSection(
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height,
    [property: JsonPropertyName("darks")] IReadOnlyList<string> Darks,
    [property: JsonPropertyName("darkFrames")] long DarkFrames,
    [property: JsonPropertyName("flats")] IReadOnlyList<MapsFlatLevel> Flats,
    [property: JsonPropertyName("offset")] MapSummary Offset,
    [property: JsonPropertyName("variance")] MapSummary Variance,
    [property: JsonPropertyName("gain")] MapSummary? Gain,
    [property: JsonPropertyName("readNoise")] MapSummary? ReadNoise,
    [property: JsonPropertyName("badPixels")] MapsBadPixels BadPixels,
    [property: JsonPropertyName("files")] IReadOnlyDictionary<string, string> Files);

public sealed record MapsFlatLevel([property: JsonPropertyName("file")] string File, [property: JsonPropertyName("frames")] long Frames);

/// <summary>The bad-pixel count, per reason, and the robust limits used (median -/+ sigmas x 1.4826 MAD).</summary>
public sealed record MapsBadPixels(
    [property: JsonPropertyName("count")] long Count,
    [property: JsonPropertyName("byReason")] IReadOnlyDictionary<string, long> ByReason,
    [property: JsonPropertyName("sigmas")] double Sigmas,
    [property: JsonPropertyName("offsetLimitsAdu")] IReadOnlyList<double> OffsetLimits,
    [property: JsonPropertyName("varianceLimitsAdu2")] IReadOnlyList<double> VarianceLimits);
