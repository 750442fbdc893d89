using System.Globalization;

namespace CamTest.IO.Fits;

/// <summary>
/// Turns FITS keywords into CamTest metadata. Every value keyword (except the structural ones) is kept verbatim
/// in the properties under its own name; the common camera keywords also get CamTest names
/// (Camera, SensorTemperatureC, Binning, ...), so reports need not know each capture program's dialect.
/// </summary>
internal static class FitsMetadata
{
    private static readonly HashSet<string> Structural = new(StringComparer.Ordinal)
    {
        "SIMPLE", "XTENSION", "BITPIX", "NAXIS", "EXTEND", "PCOUNT", "GCOUNT", "BSCALE", "BZERO",
    };

    /// <summary>Exposure in milliseconds: EXPTIME, else EXPOSURE, both in seconds by FITS convention.</summary>
    public static double? ExposureMs(FitsHeader header) =>
        (header.GetDouble("EXPTIME") ?? header.GetDouble("EXPOSURE")) is { } seconds ? seconds * 1000.0 : null;

    /// <summary>
    /// Significant bits: a BITDEPTH keyword when a capture program writes one (within the storage size),
    /// otherwise the storage size of integer data; float data has no ADC depth, so its storage size is given.
    /// </summary>
    public static int BitDepth(FitsImageLayout layout)
    {
        int storage = Math.Abs(layout.BitPix);
        return layout.Header.GetInteger("BITDEPTH") is { } stated && stated >= 1 && stated <= storage ? (int)stated : storage;
    }

    public static Dictionary<string, string> Properties(FitsImageLayout layout)
    {
        FitsHeader header = layout.Header;
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> card in header.Cards)
        {
            if (!Structural.Contains(card.Key) && !card.Key.StartsWith("NAXIS", StringComparison.Ordinal))
            {
                properties.TryAdd(card.Key, card.Value);
            }
        }

        AddFirst(properties, "Camera", header, "INSTRUME");
        AddFirst(properties, "SensorTemperatureC", header, "CCD-TEMP", "TEMPERAT", "SET-TEMP");
        AddFirst(properties, "SetTemperatureC", header, "SET-TEMP");
        AddFirst(properties, "ConversionGainEPerAdu", header, "EGAIN");
        AddFirst(properties, "ReadNoiseE", header, "RDNOISE");
        AddFirst(properties, "GainSetting", header, "GAIN");
        AddFirst(properties, "AcquisitionStart", header, "DATE-OBS");
        AddFirst(properties, "ReadoutMode", header, "READOUTM", "READMODE");
        if (header.GetInteger("XBINNING") is { } xBin)
        {
            long yBin = header.GetInteger("YBINNING") ?? xBin;
            properties["Binning"] = string.Create(CultureInfo.InvariantCulture, $"{xBin}x{yBin}");
        }

        properties["FitsBitpix"] = layout.BitPix.ToString(CultureInfo.InvariantCulture);
        if (layout.Mapping != FitsPixelMapping.Direct)
        {
            properties["FitsScaling"] = string.Create(CultureInfo.InvariantCulture, $"BSCALE {layout.BScale} BZERO {layout.BZero}");
        }

        return properties;
    }

    private static void AddFirst(Dictionary<string, string> properties, string name, FitsHeader header, params string[] keywords)
    {
        foreach (string keyword in keywords)
        {
            if (header.GetString(keyword) is { Length: > 0 } value)
            {
                properties[name] = value;
                return;
            }
        }
    }
}
