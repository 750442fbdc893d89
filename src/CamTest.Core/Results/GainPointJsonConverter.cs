using System.Text.Json;
using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>A <see cref="GainPoint"/> as the contract's flat row, its keys in the order results.json always had them, each
/// declared figure's key read from its declaration (<see cref="FigureDeclaration.JsonName"/>).</summary>
public sealed class GainPointJsonConverter : JsonConverter<GainPoint>
{
    public override GainPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Dictionary<string, object> row = FlatRowJson.ReadRow(ref reader);
        return new GainPoint(
            FlatRowJson.Number(row, GainFigures.PointExposure.JsonName),
            FlatRowJson.Number(row, GainFigures.PointMean.JsonName),
            FlatRowJson.Number(row, GainFigures.PointSignal.JsonName),
            FlatRowJson.Figure(row, GainFigures.PointVariance.JsonName, GainFigures.PointVarianceStdErr.JsonName, GainFigures.PointVariance.Unit) ?? Quantity.WithUnknownError(double.NaN, GainFigures.PointVariance.Unit),
            FlatRowJson.Figure(row, GainFigures.PointGain.JsonName, GainFigures.PointGainStdErr.JsonName, GainFigures.PointGain.Unit),
            FlatRowJson.Flag(row, "saturated"),
            FlatRowJson.Flag(row, "inFit"),
            FlatRowJson.Number(row, GainFigures.PointDeviation.JsonName));
    }

    public override void Write(Utf8JsonWriter writer, GainPoint value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        FlatRowJson.WriteNumber(writer, GainFigures.PointExposure.JsonName, value.ExposureMs, options);
        FlatRowJson.WriteNumber(writer, GainFigures.PointMean.JsonName, value.MeanAdu, options);
        FlatRowJson.WriteNumber(writer, GainFigures.PointSignal.JsonName, value.SignalAdu, options);
        FlatRowJson.WriteFigure(writer, GainFigures.PointVariance.JsonName, GainFigures.PointVarianceStdErr.JsonName, value.Variance, options);
        FlatRowJson.WriteFigure(writer, GainFigures.PointGain.JsonName, GainFigures.PointGainStdErr.JsonName, value.Gain, options);
        writer.WriteBoolean("saturated", value.Saturated);
        writer.WriteBoolean("inFit", value.InFit);
        FlatRowJson.WriteNumber(writer, GainFigures.PointDeviation.JsonName, value.DeviationPercent, options);
        writer.WriteEndObject();
    }
}
