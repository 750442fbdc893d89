namespace CamTest.IO;

/// <summary>
/// How a headerless binary file is laid out, as the user states it: frames of Width x Height pixels of
/// <see cref="PixelType"/>, stored back to back after <see cref="HeaderBytes"/> bytes.
/// </summary>
public sealed record RawLayout(int Width, int Height, PixelType PixelType, bool BigEndian = false, long HeaderBytes = 0)
{
    /// <summary>
    /// Parses the CLI form "WIDTHxHEIGHT:TYPE[:be|le][:offset=N]", e.g. "2048x2048:uint16:le:offset=512".
    /// Returns null and a reason when the text is malformed.
    /// </summary>
    public static RawLayout? TryParse(string text, out string? error)
    {
        error = null;
        string[] parts = text.Split(':');
        string[] size = parts[0].Split('x', 'X');
        if (parts.Length < 2 || size.Length != 2
            || !int.TryParse(size[0], out int width) || !int.TryParse(size[1], out int height)
            || width <= 0 || height <= 0)
        {
            error = $"raw layout '{text}' is not WIDTHxHEIGHT:TYPE[:be|le][:offset=N]";
            return null;
        }

        PixelType? type = parts[1].ToLowerInvariant() switch
        {
            "uint8" or "u8" => PixelType.UInt8,
            "uint16" or "u16" => PixelType.UInt16,
            "int16" or "i16" => PixelType.Int16,
            "uint32" or "u32" => PixelType.UInt32,
            "int32" or "i32" => PixelType.Int32,
            "float32" or "f32" => PixelType.Float32,
            "float64" or "f64" => PixelType.Float64,
            _ => null,
        };
        if (type is null)
        {
            error = $"raw pixel type '{parts[1]}' is not one of uint8, uint16, int16, uint32, int32, float32, float64";
            return null;
        }

        bool bigEndian = false;
        long offset = 0;
        foreach (string option in parts.Skip(2))
        {
            if (option.Equals("be", StringComparison.OrdinalIgnoreCase))
            {
                bigEndian = true;
            }
            else if (option.Equals("le", StringComparison.OrdinalIgnoreCase))
            {
                bigEndian = false;
            }
            else if (option.StartsWith("offset=", StringComparison.OrdinalIgnoreCase)
                     && long.TryParse(option["offset=".Length..], out long parsed) && parsed >= 0)
            {
                offset = parsed;
            }
            else
            {
                error = $"raw layout option '{option}' is not be, le or offset=N";
                return null;
            }
        }

        return new RawLayout(width, height, type.Value, bigEndian, offset);
    }
}
