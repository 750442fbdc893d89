using System.Text;
using System.Text.Json;

namespace CamTest.IO.Writers;

/// <summary>
/// Per-frame metadata as Micro-Manager writes it in TIFF tag 51123 (MicroManagerMetadata): a flat JSON object with
/// "Exposure-ms", "ElapsedTime-ms", "Camera", "Binning", "BitDepth", frame indices and, for PVCAM cameras, the
/// hardware timestamp "PVCAM-FMD-TimestampBofNs"; when the acquisition date is known, the frame's wall-clock "Time"
/// ("2026-03-15 10:00:00.000 +0000", Micro-Manager's form).
/// </summary>
public static class MicroManagerFrameJson
{
    public static string Build(OmeTiffSeries stack, int frame)
    {
        OmeTiffPlane plane = stack.Planes[frame];
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("Camera", stack.CameraName);
            if (plane.ExposureMs is double exposure)
            {
                json.WriteNumber("Exposure-ms", exposure);
            }

            json.WriteNumber("ElapsedTime-ms", plane.ElapsedMs);
            json.WriteString("Binning", $"{stack.Binning}x{stack.Binning}");
            json.WriteNumber("BitDepth", stack.BitDepth);
            json.WriteString("PixelType", $"GRAY{8 * stack.PixelType.BytesPerPixel()}");
            json.WriteNumber("Width", stack.Width);
            json.WriteNumber("Height", stack.Height);
            json.WriteNumber("FrameIndex", frame);
            json.WriteNumber("ImageNumber", frame);
            if (stack.AcquisitionDate is DateTimeOffset start)
            {
                json.WriteString("Time", start.ToUniversalTime().AddMilliseconds(plane.ElapsedMs)
                    .ToString("yyyy'-'MM'-'dd HH':'mm':'ss'.'fff '+0000'", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (plane.HardwareTimestampNs is long bof)
            {
                json.WriteNumber("PVCAM-FMD-TimestampBofNs", bof);
            }

            json.WriteEndObject();
        }

        return Encoding.ASCII.GetString(buffer.ToArray());
    }
}
