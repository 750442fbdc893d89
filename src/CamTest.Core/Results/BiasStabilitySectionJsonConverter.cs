using System.Text.Json;
using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// A <see cref="BiasStabilitySection"/> as the contract's object, its keys in the order results.json always had them,
/// the deviation in ADU flat (value, then its standard error, an addition) and a null left out as the serializer would.
/// </summary>
public sealed class BiasStabilitySectionJsonConverter : JsonConverter<BiasStabilitySection>
{
    public override BiasStabilitySection Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonElement o = FlatRowJson.ReadObject(ref reader);
        return new BiasStabilitySection(
            FlatRowJson.Get<Quantity>(o, "drift", options) ?? Quantity.WithUnknownError(double.NaN, BiasFigures.Drift.Unit),
            new Quantity(FlatRowJson.Number(o, BiasFigures.MaxDeviationAdu.JsonName), BiasFigures.MaxDeviationAdu.Unit, FlatRowJson.Number(o, BiasFigures.MaxDeviationAduStdErr.JsonName)),
            FlatRowJson.Get<Quantity>(o, "maxDeviation", options),
            FlatRowJson.Get<Quantity>(o, "limit", options) ?? ProtocolCriteria.BiasDeviation.LimitQuantity,
            FlatRowJson.Get<bool?>(o, "pass", options))
        {
            Fit = FlatRowJson.Get<FittedLineSection>(o, "fit", options),
        };
    }

    public override void Write(Utf8JsonWriter writer, BiasStabilitySection value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        FlatRowJson.WriteOptional(writer, "drift", value.Drift, options);
        FlatRowJson.WriteNumber(writer, BiasFigures.MaxDeviationAdu.JsonName, value.MaxDeviationAdu.Value, options);
        FlatRowJson.WriteOptional(writer, BiasFigures.MaxDeviationAduStdErr.JsonName, value.MaxDeviationAdu.StdErr, options);
        FlatRowJson.WriteOptional(writer, "maxDeviation", value.MaxDeviation, options);
        FlatRowJson.WriteOptional(writer, "limit", value.Limit, options);
        FlatRowJson.WriteOptional(writer, "pass", value.Pass, options);
        FlatRowJson.WriteOptional(writer, "fit", value.Fit, options);
        writer.WriteEndObject();
    }
}
