using System.Text.Json;
using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>A unit in results.json is its text ("e-/ADU"); reading parses it back, so an unknown unit is an error.</summary>
public sealed class UnitJsonConverter : JsonConverter<Unit>
{
    public override Unit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = reader.GetString() ?? throw new JsonException("a unit must be a string");
        return Unit.TryParse(text, out Unit? unit) ? unit : throw new JsonException($"'{text}' is not a unit CamTest knows");
    }

    public override void Write(Utf8JsonWriter writer, Unit value, JsonSerializerOptions options) => writer.WriteStringValue(value.Symbol);
}
