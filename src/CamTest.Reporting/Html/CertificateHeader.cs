using System.Globalization;
using System.Text;
using CamTest.Core.Results;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Html;

/// <summary>
/// The report's header, laid out like a manufacturer's Certificate of Performance: the camera (name, sensor, serial),
/// when the data were acquired and analysed, the conditions the files state (temperature, readout mode, EM gain set
/// point, bit depth), the software, and every input file with its size. Only what is known is shown.
/// </summary>
internal static class CertificateHeader
{
    public static void Write(StringBuilder h, CameraResults r, string generatedBy)
    {
        var rows = new List<(string Label, string Html)>();
        void Add(string label, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                rows.Add((label, Encode(text)));
            }
        }

        Add("Camera", r.Camera?.Name);
        Add("Sensor", r.Camera?.Sensor);
        Add("Serial number", r.Camera?.Serial);
        Add("Pixel size", r.Camera?.PixelSizeUm is double um ? string.Create(CultureInfo.InvariantCulture, $"{um:G4} µm") : null);
        Add("Acquired", r.Run?.Acquired is { } acquired ? $"{acquired}{(r.Run.AcquiredFrom is { } from ? $" (from {from})" : string.Empty)}" : null);
        Add("Analysed", r.Run?.Analysed);
        RunConditions? c = r.Run?.Conditions;
        Add("Sensor temperature", c?.TemperatureC is double t ? string.Create(CultureInfo.InvariantCulture, $"{t:G4} °C") : null);
        Add("Readout mode", c?.ReadoutMode);
        Add("EM gain set point", c?.EmGainSetPoint is double em ? em.ToString("G6", CultureInfo.InvariantCulture) : null);
        Add("Bit depth", (c?.BitDepth ?? r.Camera?.BitDepth) is int bits ? $"{bits}-bit" : null);
        Add("Software", r.Run?.Software ?? generatedBy);
        h.Append("<header id=\"certificate\"><table class=\"certificate\">");
        foreach ((string label, string html) in rows)
        {
            h.Append($"<tr><th>{Encode(label)}</th><td>{html}</td></tr>");
        }

        h.Append("</table>");
        if (r.Run?.Inputs is { Count: > 0 } inputs)
        {
            h.Append("<details open><summary>Input files</summary><table class=\"inputs\"><tr><th>file</th><th>size</th></tr>");
            foreach (RunInput input in inputs)
            {
                h.Append($"<tr><td>{Encode(input.Path)}</td><td class=\"num\">{Encode(Size(input.Bytes))}</td></tr>");
            }

            h.Append("</table></details>");
        }

        h.Append("</header>");
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KiB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):F1} MiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):F2} GiB"),
    };
}
