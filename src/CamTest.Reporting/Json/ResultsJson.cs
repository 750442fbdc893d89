using System.Text.Json;
using System.Text.Json.Serialization;
using CamTest.Core.Results;

namespace CamTest.Reporting.Json;

/// <summary>results.json: the <see cref="CameraResults"/> document, indented, absent sections left out.</summary>
public static class ResultsJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new FiniteDoubleConverter() },
    };

    public static string Serialize(CameraResults results) => JsonSerializer.Serialize(results, Options);

    public static CameraResults Deserialize(string json) =>
        JsonSerializer.Deserialize<CameraResults>(json, Options) ?? throw new JsonException("results.json is empty");
}
