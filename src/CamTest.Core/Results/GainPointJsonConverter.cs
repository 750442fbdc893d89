using System.Text.Json;
using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>A <see cref="GainPoint"/> as the contract's flat row, its keys in the order results.json always had them.</summary>
public sealed class GainPointJsonConverter : JsonConverter<GainPoint>
{
    public override GainPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Dictionary<string, object> row = FlatRowJson.ReadRow(ref reader);
        return new GainPoint(
            FlatRowJson.Number(row, "exposureMs"),
            FlatRowJson.Number(row, "meanAdu"),
            FlatRowJson.Number(row, "signalAdu"),
            FlatRowJson.Figure(row, "varianceAdu2", "varianceStdErr", GainFigures.PointVariance.Unit) ?? Quantity.WithUnknownError(double.NaN, GainFigures.PointVariance.Unit),
            FlatRowJson.Figure(row, "gainEPerAdu", "gainStdErr", GainFigures.PointGain.Unit),
            FlatRowJson.Flag(row, "saturated"),
            FlatRowJson.Flag(row, "inFit"),
            FlatRowJson.Number(row, "deviationPercent"));
    }

    public override void Write(Utf8JsonWriter writer, GainPoint value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        FlatRowJson.WriteNumber(writer, "exposureMs", value.ExposureMs, options);
        FlatRowJson.WriteNumber(writer, "meanAdu", value.MeanAdu, options);
        FlatRowJson.WriteNumber(writer, "signalAdu", value.SignalAdu, options);
        FlatRowJson.WriteFigure(writer, "varianceAdu2", "varianceStdErr", value.Variance, options);
        FlatRowJson.WriteFigure(writer, "gainEPerAdu", "gainStdErr", value.Gain, options);
        writer.WriteBoolean("saturated", value.Saturated);
        writer.WriteBoolean("inFit", value.InFit);
        FlatRowJson.WriteNumber(writer, "deviationPercent", value.DeviationPercent, options);
        writer.WriteEndObject();
    }
}
