using CamTest.IO;

namespace CamTest.Core.Emva;

/// <summary>Size and pixel type every image of one EMVA 1288 measurement must share.</summary>
internal sealed record FrameShape(int Width, int Height, PixelType Type)
{
    public int Pixels => Width * Height;

    public int Bytes => Pixels * Type.BytesPerPixel();
}
