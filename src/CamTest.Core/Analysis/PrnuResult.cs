using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>Photo-response non-uniformity of one averaged flat, in percent of the mean signal.</summary>
/// <param name="PixelToPixel">Pixel-scale PRNU (white pixel pattern, most of any row and column pattern), smooth
/// illumination shading removed by the 5 x 5 high-pass; standard error from the spread over tiles. Null when below what
/// the flat resolves.</param>
/// <param name="Total">EMVA 1288 R3's plain spatial PRNU: everything that varies across the image, illumination
/// shading (vignetting, uneven light) included. Null when below resolution.</param>
/// <param name="SignalAdu">Mean signal of the usable pixels above the offset, ADU.</param>
/// <param name="Frames">Flat frames averaged.</param>
/// <param name="PixelsUsed">Pixels neither masked (hot) nor near the clip level.</param>
/// <param name="Tiles">Tiles whose spread gives <paramref name="PixelToPixel"/>'s standard error.</param>
public sealed record PrnuResult(Quantity? PixelToPixel, Quantity? Total, double SignalAdu, int Frames, long PixelsUsed, int Tiles);
