using System.Text.Json;
using CamTest.Core.Results;
using CamTest.IO;

namespace CamTest.History.Recording;

/// <summary>
/// Reads a results.json into a <see cref="RecordedRun"/>: checks the schema, takes the camera and the "run" record,
/// and collects every figure generically (<see cref="FigureCollector"/>). Results written before the "run" record
/// existed read too: the time of acquisition is then unknown, and the conditions come from what the results hold
/// (camera.bitDepth, emGain.setPoint).
/// </summary>
public static class RunReader
{
    public static RecordedRun Read(string json, string source)
    {
        using JsonDocument document = Parse(json, source);
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw HistoryDiagnostics.NotResults.Refuse(source, "is not a CamTest results.json (the document is not a JSON object)");
        }

        string? schema = Text(root, "schema");
        if (schema != CameraResults.SchemaName)
        {
            throw HistoryDiagnostics.OtherSchema.Refuse(source, schema is null
                ? $"has no \"schema\": not a CamTest results.json (expected {CameraResults.SchemaName})"
                : $"is of schema \"{schema}\"; the history reads {CameraResults.SchemaName}");
        }

        JsonElement camera = Object(root, "camera");
        var identity = new CameraIdentity(Text(camera, "name"), Text(camera, "serial"), Text(camera, "sensor"));
        if (string.IsNullOrWhiteSpace(identity.Name) && string.IsNullOrWhiteSpace(identity.Serial))
        {
            throw HistoryDiagnostics.NoCamera.Refuse(source, "names no camera (camera.name or camera.serial): the history cannot tell whose run it is");
        }

        JsonElement run = Object(root, "run");
        JsonElement conditions = Object(run, "conditions");
        var runConditions = new RunConditions(
            Number(conditions, "temperatureC"),
            Text(conditions, "readoutMode"),
            Number(conditions, "emGainSetPoint") ?? Number(Object(root, "emGain"), "setPoint"),
            (int?)(Number(conditions, "bitDepth") ?? Number(camera, "bitDepth")));
        return new RecordedRun(
            identity,
            Time(run, "acquired", source),
            Text(run, "acquiredFrom"),
            Time(run, "analysed", source),
            Text(run, "software"),
            runConditions,
            FigureCollector.Collect(root),
            ContentHash.Of(root),
            source,
            json);
    }

    private static JsonDocument Parse(string json, string source)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw HistoryDiagnostics.NotResults.Refuse(source, $"is not valid JSON (line {ex.LineNumber + 1}): not a CamTest results.json", ex);
        }
    }

    private static DateTimeOffset? Time(JsonElement obj, string key, string source)
    {
        string? text = Text(obj, key);
        return text is null ? null : IsoTimestamp.TryParse(text) ?? throw HistoryDiagnostics.BadTime.Refuse(source, $"run.{key} \"{text}\" is not an ISO 8601 time");
    }

    private static JsonElement Object(JsonElement obj, string key) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(key, out JsonElement v) && v.ValueKind == JsonValueKind.Object ? v : default;

    private static string? Text(JsonElement obj, string key) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(key, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement obj, string key) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(key, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
