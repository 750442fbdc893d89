using System.Text.Json;
using System.Text.Json.Serialization;

namespace CamTest.Reporting.Json;

/// <summary>
/// JSON has no NaN or infinity. A figure that could not be estimated is written as null, never as a string that
/// a numeric reader would choke on or a zero that would read as a measurement.
/// </summary>
public sealed class FiniteDoubleConverter : JsonConverter<double>
{
    public override bool HandleNull => true;

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
