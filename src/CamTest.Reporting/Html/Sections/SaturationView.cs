using System.Text;
using CamTest.Core.Results;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Html.Sections;

/// <summary>Saturation: the linear full well, the EMVA saturation capacity, the ADC's limit and which one binds.</summary>
internal static class SaturationView
{
    public static void Write(StringBuilder h, SaturationSection? s)
    {
        if (s is null)
        {
            return;
        }

        ReportFigure.Open(h, "saturation", "Saturation");
        h.Append($"<p>Linear full well {Figure(SaturationFigures.LinearFullWell, s.LinearFullWell)}; saturation capacity (EMVA) {Figure(SaturationFigures.SaturationCapacity, s.SaturationCapacity)}; "
            + $"ADC limit {Figure(SaturationFigures.AdcLimit, s.AdcLimit)}. Limited by: {Encode(s.LimitedBy)}.</p>");
        ReportFigure.Close(h);
    }
}
