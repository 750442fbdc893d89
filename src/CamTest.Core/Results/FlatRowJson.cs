using System.Text.Json;
using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// How results.json's flat rows and objects (<c>gain.points[]</c>, <c>darkCurrent.points[]</c>, <c>gain.linearity</c>,
/// <c>bias.stability</c>, a maps summary) write a figure: the value and,
/// under its own key, the standard error, side by side rather than as a {value, unit, stderr} object (the contract
/// has always written these rows so). A number goes through the serializer's own double converter (results.json's
/// writes a non-finite value as null); an unknown error is written as null, as the rows always wrote it (they held
/// NaN, which that converter writes as null).
/// </summary>
internal static class FlatRowJson
{
    public static void WriteNumber(Utf8JsonWriter writer, string name, double value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, options);
    }

    /// <summary>The figure's value under <paramref name="valueName"/>, its error under <paramref name="errorName"/>; both
    /// null when there is no figure.</summary>
    public static void WriteFigure(Utf8JsonWriter writer, string valueName, string errorName, Quantity? figure, JsonSerializerOptions options)
    {
        WriteNumber(writer, valueName, figure?.Value ?? double.NaN, options);
        writer.WritePropertyName(errorName);
        if (figure?.StdErr is double error)
        {
            JsonSerializer.Serialize(writer, error, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>
    /// <paramref name="value"/> under <paramref name="name"/>, or nothing when it is null and the options leave nulls out
    /// (results.json's do): what the serializer does for a nullable property, for a converter that writes its own keys.
    /// </summary>
    public static void WriteOptional<T>(Utf8JsonWriter writer, string name, T value, JsonSerializerOptions options)
    {
        if (value is null && options.DefaultIgnoreCondition is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault)
        {
            return;
        }

        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, options);
    }

    /// <summary>An object of results.json read whole, for a converter to take its keys from.</summary>
    public static JsonElement ReadObject(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement.Clone()
            : throw new JsonException("a results.json section must be an object");
    }

    /// <summary>A number of the object; NaN when absent or null.</summary>
    public static double Number(JsonElement o, string name) =>
        o.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN;

    /// <summary>A property of the object read as <typeparamref name="T"/>; the default when absent or null.</summary>
    public static T? Get<T>(JsonElement o, string name, JsonSerializerOptions options) =>
        o.TryGetProperty(name, out JsonElement v) && v.ValueKind != JsonValueKind.Null ? v.Deserialize<T>(options) : default;

    /// <summary>Reads a row's properties into name -> token (numbers as double, null as NaN, booleans as bool).</summary>
    public static Dictionary<string, object> ReadRow(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a results.json row must be an object");
        }

        var row = new Dictionary<string, object>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString() ?? throw new JsonException("a property without a name");
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.Number: row[name] = reader.GetDouble(); break;
                case JsonTokenType.Null: row[name] = double.NaN; break;
                case JsonTokenType.True or JsonTokenType.False: row[name] = reader.GetBoolean(); break;
                default: reader.Skip(); break;
            }
        }

        return row;
    }

    /// <summary>A number of the row; NaN when absent or null.</summary>
    public static double Number(Dictionary<string, object> row, string name) => row.TryGetValue(name, out object? v) && v is double d ? d : double.NaN;

    public static bool Flag(Dictionary<string, object> row, string name) => row.TryGetValue(name, out object? v) && v is true;

    /// <summary>The figure from its value and error keys (an absent or null error is unknown); null when the value is
    /// absent or null and no error is given.</summary>
    public static Quantity? Figure(Dictionary<string, object> row, string valueName, string errorName, Unit unit)
    {
        double value = Number(row, valueName), error = Number(row, errorName);
        return double.IsNaN(value) && double.IsNaN(error) ? null : new Quantity(value, unit, error);
    }
}
