using System.Globalization;
using CamTest.Core.Calculators;
using CamTest.Core.Results;
using CamTest.Reporting;

namespace CamTest.Cli.Commands;

/// <summary>How <c>camtest profile</c> prints a profile: JSON for programs, a short table for people.</summary>
public static class ProfileOutput
{
    public static Dictionary<string, object?> From(ProfileRequest request, LineProfile profile, ProfileCalibration? calibration, Quantity? peakElectrons)
    {
        ProfilePoint peak = profile.Peak;
        return new Dictionary<string, object?>
        {
            ["path"] = request.ImagePath,
            ["frame"] = request.Frame,
            ["line"] = request.Line,
            ["sampling"] = "bilinear, 1-pixel steps",
            ["bias"] = calibration is null ? null : CalcOutput.Quantity(calibration.Bias),
            ["gain"] = calibration is null ? null : CalcOutput.Quantity(calibration.Gain),
            ["peak"] = new Dictionary<string, object?>
            {
                ["distance"] = peak.Distance, ["x"] = peak.X, ["y"] = peak.Y,
                ["grey"] = CalcOutput.Quantity(new Quantity(peak.Grey, Unit.Adu, null)),
                ["electrons"] = peakElectrons is null ? null : CalcOutput.Quantity(peakElectrons),
            },
            ["samples"] = profile.Points.Select(p => new Dictionary<string, object?>
            {
                ["distance"] = p.Distance, ["x"] = p.X, ["y"] = p.Y, ["grey"] = p.Grey, ["electrons"] = p.Electrons,
            }).ToList(),
            ["plot"] = request.PlotPath,
        };
    }

    public static void WriteText(TextWriter output, ProfileRequest request, LineProfile profile, ProfileCalibration? calibration, Quantity? peakElectrons)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        ProfilePoint peak = profile.Peak;
        output.WriteLine($"{request.ImagePath}, frame {request.Frame}: line {request.Line}, {profile.Points.Count} samples (bilinear, 1-pixel steps)");
        string electrons = calibration is not null
            ? $" = {QuantityText.Of(peakElectrons ?? new Quantity(double.NaN, Unit.Electron, null))}  ((peak - bias {QuantityText.Of(calibration.Bias)}) x gain {QuantityText.Of(calibration.Gain)})"
            : "  (give --bias and --gain, or --results, for electrons)";
        output.WriteLine(string.Format(c, "  peak {0:0.##} {1} at distance {2} (x {3:0.##}, y {4:0.##}){5}", peak.Grey, Unit.Adu, peak.Distance, peak.X, peak.Y, electrons));
        output.WriteLine("  distance        x        y       grey   electrons");
        foreach (ProfilePoint p in profile.Points)
        {
            output.WriteLine(string.Format(c, "  {0,8:0} {1,8:0.##} {2,8:0.##} {3,10:0.##} {4,11}", p.Distance, p.X, p.Y, p.Grey, p.Electrons?.ToString("0.#", c) ?? "-"));
        }

        if (request.PlotPath is not null)
        {
            output.WriteLine($"  plot written to {request.PlotPath}");
        }
    }
}
