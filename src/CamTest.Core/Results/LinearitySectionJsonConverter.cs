using System.Text.Json;
using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>A <see cref="LinearitySection"/> as the contract's flat object, its keys in the order results.json always
/// had them (an unknown error and an open verdict left out, as the serializer leaves out a null), each key read from
/// its declaration (<see cref="FigureDeclaration.JsonName"/>).</summary>
public sealed class LinearitySectionJsonConverter : JsonConverter<LinearitySection>
{
    public override LinearitySection Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonElement o = FlatRowJson.ReadObject(ref reader);
        return new LinearitySection(
            new Quantity(FlatRowJson.Number(o, GainFigures.Linearity.JsonName), GainFigures.Linearity.Unit, FlatRowJson.Number(o, GainFigures.LinearityStdErr.JsonName)),
            FlatRowJson.Number(o, GainFigures.LinearityNoiseFloor.JsonName),
            FlatRowJson.Number(o, GainFigures.LinearityLimit.JsonName),
            FlatRowJson.Get<bool?>(o, "pass", options));
    }

    public override void Write(Utf8JsonWriter writer, LinearitySection value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        FlatRowJson.WriteNumber(writer, GainFigures.Linearity.JsonName, value.MaxDeviation.Value, options);
        FlatRowJson.WriteOptional(writer, GainFigures.LinearityStdErr.JsonName, value.MaxDeviation.StdErr, options);
        FlatRowJson.WriteNumber(writer, GainFigures.LinearityNoiseFloor.JsonName, value.NoiseFloorPercent, options);
        FlatRowJson.WriteNumber(writer, GainFigures.LinearityLimit.JsonName, value.LimitPercent, options);
        FlatRowJson.WriteOptional(writer, "pass", value.Pass, options);
        writer.WriteEndObject();
    }
}
