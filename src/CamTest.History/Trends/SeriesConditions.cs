using System.Globalization;
using CamTest.Core.Results;

namespace CamTest.History.Trends;

/// <summary>
/// Which runs' values of a figure may be compared: those taken under the conditions the figure depends on. Every figure
/// depends on the readout mode (gain and noise change with it); the EM gain figures also on the EM gain set point; the
/// dark current and hot pixels also on the sensor temperature (to the whole degree). A figure's series is one per
/// distinct combination; a condition no run states does not split.
/// </summary>
public static class SeriesConditions
{
    public static string For(string figure, RunConditions c)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(c.ReadoutMode))
        {
            parts.Add($"readout {c.ReadoutMode.Trim()}");
        }

        if (figure.StartsWith("emGain.", StringComparison.Ordinal) && c.EmGainSetPoint is double setPoint)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"EM gain set point {setPoint:0.##}"));
        }

        if ((figure.StartsWith("darkCurrent.", StringComparison.Ordinal) || figure.StartsWith("hotPixels.", StringComparison.Ordinal))
            && c.TemperatureC is double t)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{Math.Round(t):0} °C"));
        }

        return string.Join(", ", parts);
    }
}
