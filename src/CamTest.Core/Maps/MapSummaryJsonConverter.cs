using System.Text.Json;
using System.Text.Json.Serialization;
using CamTest.Core.Results;

namespace CamTest.Core.Maps;

/// <summary>
/// A <see cref="MapSummary"/> as results.json of <c>camtest maps</c> has always written it: the unit, the counts, the
/// median's value, the percentiles' values and histogram, then the median's standard error (null when unknown, never
/// left out) and the percentiles' errors: one <see cref="Quantity"/> per percentile written as two parallel objects.
/// </summary>
public sealed class MapSummaryJsonConverter : JsonConverter<MapSummary>
{
    public override MapSummary Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonElement o = FlatRowJson.ReadObject(ref reader);
        Unit unit = FlatRowJson.Get<Unit>(o, "unit", options) ?? throw new JsonException("a map summary must state its unit");
        return new MapSummary(
            o.GetProperty("pixels").GetInt64(),
            o.GetProperty("finite").GetInt64(),
            new Quantity(FlatRowJson.Number(o, "median"), unit, FlatRowJson.Number(o, "medianStdErr")),
            Percentiles(o, unit, options),
            FlatRowJson.Get<MapHistogram>(o, "histogram", options) ?? throw new JsonException("a map summary must hold its histogram"));
    }

    /// <summary>The two parallel objects joined by key: a value without an error is an unknown error.</summary>
    private static Dictionary<string, Quantity> Percentiles(JsonElement o, Unit unit, JsonSerializerOptions options)
    {
        Dictionary<string, double> values = FlatRowJson.Get<Dictionary<string, double>>(o, "percentiles", options) ?? [];
        Dictionary<string, double?> errors = FlatRowJson.Get<Dictionary<string, double?>>(o, "percentileStdErrs", options) ?? [];
        return values.ToDictionary(p => p.Key, p => new Quantity(p.Value, unit, errors.GetValueOrDefault(p.Key)));
    }

    public override void Write(Utf8JsonWriter writer, MapSummary value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        FlatRowJson.WriteOptional(writer, "unit", value.Unit, options);
        FlatRowJson.WriteOptional(writer, "pixels", value.Pixels, options);
        FlatRowJson.WriteOptional(writer, "finite", value.Finite, options);
        FlatRowJson.WriteNumber(writer, "median", value.Median.Value, options);
        FlatRowJson.WriteOptional(writer, "percentiles", value.Percentiles.ToDictionary(p => p.Key, p => p.Value.Value), options);
        FlatRowJson.WriteOptional(writer, "histogram", value.Histogram, options);
        writer.WritePropertyName("medianStdErr");
        JsonSerializer.Serialize(writer, value.Median.StdErr, options);
        FlatRowJson.WriteOptional(writer, "percentileStdErrs", value.Percentiles.ToDictionary(p => p.Key, p => p.Value.StdErr), options);
        writer.WriteEndObject();
    }
}
