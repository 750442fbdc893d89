using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CamTest.IO.Tiff;

/// <summary>
/// Micro-Manager's metadata: the summary JSON its MultipageTiffWriter puts in the file header (offset 32: magic
/// 2355492, byte length, UTF-8 JSON) and the per-image JSON in tag 51123 of every page.
/// </summary>
internal static class MicroManagerMetadata
{
    private const uint SummaryMagic = 2355492;
    private const int MaxJsonBytes = 64 << 20;

    /// <summary>The header's summary JSON text, or null when the file has no Micro-Manager header.</summary>
    public static string? ReadHeaderSummary(TiffFile file)
    {
        if (file.BigTiff || file.Length < 40)
        {
            return null;
        }

        Span<byte> header = stackalloc byte[8];
        file.ReadExactly(32, header, "the Micro-Manager header");
        if (file.UInt32(header) != SummaryMagic)
        {
            return null;
        }

        uint length = file.UInt32(header[4..]);
        if (length > MaxJsonBytes || length > file.Length - 40)
        {
            throw file.Fail($"the Micro-Manager summary metadata declares {length} bytes, more than the file holds (truncated or corrupt)");
        }

        byte[] json = new byte[length];
        file.ReadExactly(40, json, "the Micro-Manager summary metadata");
        return Encoding.UTF8.GetString(json).TrimEnd('\0');
    }

    /// <summary>Exposure, elapsed time and camera timestamp of one image, from its tag-51123 JSON.</summary>
    public static FrameMetadata Frame(string? json)
    {
        using JsonDocument? doc = TryParse(json);
        if (doc is null || doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            return FrameMetadata.Empty;
        }

        JsonElement root = doc.RootElement;
        double? hardware = Number(root, "TimeStampMsec");
        if (hardware is null)
        {
            // PVCAM (Photometrics/Teledyne) hardware timestamps, beginning of frame. The adapter's frame-metadata
            // form "<label>-FMD-TimestampBofNs" states nanoseconds in its name; the older "<label>-TimeStampBOF"
            // (FRAME_INFO) is in units of 100 us (0.1 ms), an assumption noted where the unit is not stated.
            foreach (JsonProperty p in root.EnumerateObject())
            {
                if (p.Name.EndsWith("TimestampBofNs", StringComparison.Ordinal) && Number(p.Value) is double ns)
                {
                    hardware = ns / 1e6;
                    break;
                }

                if (p.Name.EndsWith("TimeStampBOF", StringComparison.Ordinal) && Number(p.Value) is double bof)
                {
                    hardware = bof * 0.1;
                    break;
                }
            }
        }

        return new FrameMetadata(Number(root, "Exposure-ms"), Number(root, "ElapsedTime-ms"), hardware);
    }

    /// <summary>Adds the summary's BitDepth and exposure and the camera's properties from the first image's JSON.</summary>
    public static (int? BitDepth, double? ExposureMs) Describe(string? summaryJson, string? firstImageJson, Dictionary<string, string> properties)
    {
        int? bitDepth = null;
        double? exposure = null;
        using (JsonDocument? summary = TryParse(summaryJson))
        {
            if (summary is not null && summary.RootElement.ValueKind == JsonValueKind.Object)
            {
                JsonElement root = summary.RootElement.TryGetProperty("Summary", out JsonElement inner) && inner.ValueKind == JsonValueKind.Object ? inner : summary.RootElement;
                bitDepth = Number(root, "BitDepth") is double b && b is >= 1 and <= 64 ? (int)b : null;
                exposure = Number(root, "Exposure-ms");
                foreach (string key in (string[])["MicroManagerVersion", "Prefix", "ComputerName", "Camera"])
                {
                    if (Text(root, key) is string value)
                    {
                        properties[key] = value;
                    }
                }

                // When the acquisition started ("2016-04-19 13:47:03.187 -0700"), under the name FITS DATE-OBS also gets.
                if (Text(root, "StartTime") is { Length: > 0 } start)
                {
                    properties["AcquisitionStart"] = start;
                }
            }
        }

        using JsonDocument? image = TryParse(firstImageJson);
        if (image is not null && image.RootElement.ValueKind == JsonValueKind.Object)
        {
            JsonElement root = image.RootElement;
            bitDepth ??= Number(root, "BitDepth") is double b && b is >= 1 and <= 64 ? (int)b : null;
            if (Text(root, "Camera") is string camera && camera.Length > 0)
            {
                properties["Camera"] = camera;
                foreach (JsonProperty p in root.EnumerateObject())
                {
                    if (p.Name.StartsWith(camera + "-", StringComparison.Ordinal) && !p.Name.Contains("TimeStamp", StringComparison.Ordinal) && Text(p.Value) is string value)
                    {
                        properties[p.Name] = value;
                        AddCondition(properties, p.Name[(camera.Length + 1)..], value);
                    }
                }
            }

            foreach (string key in (string[])["Binning", "ROI"])
            {
                if (Text(root, key) is string value)
                {
                    properties[key] = value;
                }
            }

            // The first image's wall-clock time, when the summary gave no StartTime.
            if (Text(root, "Time") is { Length: > 0 } time)
            {
                properties.TryAdd("AcquisitionStart", time);
            }
        }

        return (bitDepth, exposure);
    }

    /// <summary>Camera adapters' names for the sensor temperature and the readout mode (Andor, Hamamatsu DCAM, PVCAM).</summary>
    private static readonly string[] TemperatureProperties = ["CCDTemperature", "SensorTemperature", "SENSOR TEMPERATURE", "Temperature"];

    private static readonly string[] ReadoutProperties = ["ReadoutMode", "READOUT SPEED", "ReadoutRate", "PixelReadoutRate"];

    /// <summary>Gives an adapter's temperature and readout property the names FITS metadata also gets (SensorTemperatureC, ReadoutMode).</summary>
    private static void AddCondition(Dictionary<string, string> properties, string property, string value)
    {
        if (TemperatureProperties.Contains(property, StringComparer.OrdinalIgnoreCase))
        {
            properties.TryAdd("SensorTemperatureC", value);
        }
        else if (ReadoutProperties.Contains(property, StringComparer.OrdinalIgnoreCase))
        {
            properties.TryAdd("ReadoutMode", value);
        }
    }

    private static JsonDocument? TryParse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return null; // metadata we cannot parse is not a reason to refuse the pixels
        }
    }

    private static double? Number(JsonElement obj, string key) => obj.TryGetProperty(key, out JsonElement v) ? Number(v) : null;

    private static double? Number(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number => v.GetDouble(),
        JsonValueKind.String when double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double d) => d,
        _ => null,
    };

    private static string? Text(JsonElement obj, string key) => obj.TryGetProperty(key, out JsonElement v) ? Text(v) : null;

    private static string? Text(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.GetRawText(),
        _ => null,
    };
}
