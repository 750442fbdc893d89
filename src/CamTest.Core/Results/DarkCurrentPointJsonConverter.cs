using System.Text.Json;
using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>A <see cref="DarkCurrentPoint"/> as the contract's flat row, its keys in the order results.json always had them,
/// each declared figure's key read from its declaration (<see cref="FigureDeclaration.JsonName"/>).</summary>
public sealed class DarkCurrentPointJsonConverter : JsonConverter<DarkCurrentPoint>
{
    public override DarkCurrentPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Dictionary<string, object> row = FlatRowJson.ReadRow(ref reader);
        return new DarkCurrentPoint(
            FlatRowJson.Number(row, DarkCurrentFigures.PointExposure.JsonName),
            FlatRowJson.Figure(row, DarkCurrentFigures.PointMean.JsonName, DarkCurrentFigures.PointMeanStdErr.JsonName, DarkCurrentFigures.PointMean.Unit) ?? Quantity.WithUnknownError(double.NaN, DarkCurrentFigures.PointMean.Unit),
            FlatRowJson.Figure(row, DarkCurrentFigures.PointVariance.JsonName, DarkCurrentFigures.PointVarianceStdErr.JsonName, DarkCurrentFigures.PointVariance.Unit) ?? Quantity.WithUnknownError(double.NaN, DarkCurrentFigures.PointVariance.Unit));
    }

    public override void Write(Utf8JsonWriter writer, DarkCurrentPoint value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        FlatRowJson.WriteNumber(writer, DarkCurrentFigures.PointExposure.JsonName, value.ExposureS, options);
        FlatRowJson.WriteFigure(writer, DarkCurrentFigures.PointMean.JsonName, DarkCurrentFigures.PointMeanStdErr.JsonName, value.Mean, options);
        FlatRowJson.WriteFigure(writer, DarkCurrentFigures.PointVariance.JsonName, DarkCurrentFigures.PointVarianceStdErr.JsonName, value.Variance, options);
        writer.WriteEndObject();
    }
}
