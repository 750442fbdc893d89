namespace CamTest.IO;

/// <summary>The in-memory type of one pixel as a frame source delivers it (host byte order).</summary>
public enum PixelType
{
    UInt8,
    UInt16,
    Int16,
    UInt32,
    Int32,
    Float32,
    Float64,
}

/// <summary>Sizes and properties of <see cref="PixelType"/> values.</summary>
public static class PixelTypeExtensions
{
    public static int BytesPerPixel(this PixelType type) => type switch
    {
        PixelType.UInt8 => 1,
        PixelType.UInt16 or PixelType.Int16 => 2,
        PixelType.UInt32 or PixelType.Int32 or PixelType.Float32 => 4,
        PixelType.Float64 => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static bool IsInteger(this PixelType type) => type is not (PixelType.Float32 or PixelType.Float64);

    /// <summary>The CLR type that holds one pixel, for typed reads.</summary>
    public static Type ClrType(this PixelType type) => type switch
    {
        PixelType.UInt8 => typeof(byte),
        PixelType.UInt16 => typeof(ushort),
        PixelType.Int16 => typeof(short),
        PixelType.UInt32 => typeof(uint),
        PixelType.Int32 => typeof(int),
        PixelType.Float32 => typeof(float),
        PixelType.Float64 => typeof(double),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
