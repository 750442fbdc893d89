using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>results.json <c>fixedPattern.prnuLevel</c>: the flat level the PRNU figures were measured on.</summary>
/// <param name="ExposureMs">Exposure of the flat level.</param>
/// <param name="SignalAdu">Mean signal above the offset over the pixels used, ADU.</param>
/// <param name="Frames">Flat frames averaged.</param>
/// <param name="PixelsUsed">Pixels neither hot nor near the clip level.</param>
/// <param name="Tiles">Tiles whose spread gives the pixel-to-pixel figure's standard error.</param>
public sealed record PrnuLevel(
    [property: JsonPropertyName("exposureMs")] double ExposureMs,
    [property: JsonPropertyName("signalAdu")] double SignalAdu,
    [property: JsonPropertyName("frames")] int Frames,
    [property: JsonPropertyName("pixelsUsed")] long PixelsUsed,
    [property: JsonPropertyName("tiles")] int Tiles);
