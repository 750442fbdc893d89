using System.Text.Json;
using System.Text.Json.Serialization;
using CamTest.Core.Results;

namespace CamTest.Core.Maps;

/// <summary>
/// A <see cref="MapSummary"/> as results.json of <c>camtest maps</c> has always written it: the unit, the counts, the
/// median's value, the percentiles and histogram, then the median's standard error (null when unknown, never left out)
/// and the percentiles' errors.
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
            FlatRowJson.Get<Dictionary<string, double>>(o, "percentiles", options) ?? [],
            FlatRowJson.Get<MapHistogram>(o, "histogram", options) ?? throw new JsonException("a map summary must hold its histogram"))
        {
            PercentileStdErrs = FlatRowJson.Get<Dictionary<string, double?>>(o, "percentileStdErrs", options) ?? [],
        };
    }

    public override void Write(Utf8JsonWriter writer, MapSummary value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        FlatRowJson.WriteOptional(writer, "unit", value.Unit, options);
        FlatRowJson.WriteOptional(writer, "pixels", value.Pixels, options);
        FlatRowJson.WriteOptional(writer, "finite", value.Finite, options);
        FlatRowJson.WriteNumber(writer, "median", value.Median.Value, options);
        FlatRowJson.WriteOptional(writer, "percentiles", value.Percentiles, options);
        FlatRowJson.WriteOptional(writer, "histogram", value.Histogram, options);
        writer.WritePropertyName("medianStdErr");
        JsonSerializer.Serialize(writer, value.Median.StdErr, options);
        FlatRowJson.WriteOptional(writer, "percentileStdErrs", value.PercentileStdErrs, options);
        writer.WriteEndObject();
    }
}
