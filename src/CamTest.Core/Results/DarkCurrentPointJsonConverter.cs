using System.Text.Json;
using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>A <see cref="DarkCurrentPoint"/> as the contract's flat row, its keys in the order results.json always had them.</summary>
public sealed class DarkCurrentPointJsonConverter : JsonConverter<DarkCurrentPoint>
{
    public override DarkCurrentPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Dictionary<string, object> row = FlatRowJson.ReadRow(ref reader);
        return new DarkCurrentPoint(
            FlatRowJson.Number(row, "exposureS"),
            FlatRowJson.Figure(row, "meanAdu", "meanStdErr", DarkCurrentFigures.PointMean.Unit) ?? Quantity.WithUnknownError(double.NaN, DarkCurrentFigures.PointMean.Unit),
            FlatRowJson.Figure(row, "varianceAdu2", "varianceStdErr", DarkCurrentFigures.PointVariance.Unit) ?? Quantity.WithUnknownError(double.NaN, DarkCurrentFigures.PointVariance.Unit));
    }

    public override void Write(Utf8JsonWriter writer, DarkCurrentPoint value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        FlatRowJson.WriteNumber(writer, "exposureS", value.ExposureS, options);
        FlatRowJson.WriteFigure(writer, "meanAdu", "meanStdErr", value.Mean, options);
        FlatRowJson.WriteFigure(writer, "varianceAdu2", "varianceStdErr", value.Variance, options);
        writer.WriteEndObject();
    }
}
