using CamTest.Core.Diagnostics;
namespace CamTest.Core.Emva;

/// <summary>
/// Everything an EMVA 1288 analysis reads: the image sets and what is known of the camera. Built from a descriptor
/// file or a session manifest by the command that reads it; the analysis opens the images.
/// </summary>
/// <param name="Source">The descriptor or session file, for messages and the report.</param>
/// <param name="Bits">ADC bits per pixel (the descriptor's <c>n</c> line, or the camera's bit depth); the top code is 2^Bits - 1.
/// Null: taken from the images.</param>
/// <param name="Width">Frame width the source declares (checked against every image), or null.</param>
/// <param name="Height">Frame height the source declares, or null.</param>
/// <param name="PixelSizeUm">Pixel pitch, µm, for the figures per unit area; null when not known.</param>
/// <param name="Notes">What reading the source already found worth saying.</param>
public sealed record EmvaInput(
    string Source,
    IReadOnlyList<EmvaSet> Sets,
    int? Bits,
    int? Width,
    int? Height,
    double? PixelSizeUm,
    IReadOnlyList<Diagnostic> Notes)
{
    public string? CameraName { get; init; }
}
