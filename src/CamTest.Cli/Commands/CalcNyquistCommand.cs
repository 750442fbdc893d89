using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CamTest.Core.Calculators;

namespace CamTest.Cli.Commands;

/// <summary>
/// <c>camtest calc nyquist --magnification --na --wavelength-nm [--criterion rayleigh|abbe] [--immersion-index n]</c>,
/// or <c>--table</c> for the protocol's Table 1.
/// </summary>
public static class CalcNyquistCommand
{
    public static Command Create(CliConsole console)
    {
        Option<double?> magnification = CalcOutput.Optional("--magnification", "objective magnification (x), with any relay optics");
        Option<double?> na = CalcOutput.Optional("--na", "numerical aperture of the objective");
        Option<double?> wavelength = CalcOutput.Optional("--wavelength-nm", "emission wavelength in nm");
        var criterion = new Option<string>("--criterion") { Description = "rayleigh (0.61 lambda/NA, Table 1) or abbe (lambda/2NA)", DefaultValueFactory = _ => "rayleigh" };
        criterion.AcceptOnlyFromAmong("rayleigh", "abbe");
        var immersion = new Option<double>("--immersion-index")
        {
            Description = "refractive index of the immersion medium; NA cannot exceed it (default 1.518, immersion oil; water 1.333, air 1.0)",
            DefaultValueFactory = _ => NyquistPixelSize.DefaultImmersionIndex,
        };
        var table = new Option<bool>("--table") { Description = "reproduce the protocol's Table 1 (GFP, 509 nm, Rayleigh)" };
        Option<bool> json = CalcOutput.JsonOption();
        var command = new Command("nyquist", "Camera pixel size that Nyquist-samples an objective's resolution.")
        {
            magnification, na, wavelength, criterion, immersion, table, json,
        };
        command.SetAction(p =>
        {
            if (p.GetValue(table))
            {
                return WriteTable(console, p.GetValue(json));
            }

            double m = p.GetValue(magnification) ?? throw new UsageException("calc nyquist needs --magnification (or --table)");
            double a = p.GetValue(na) ?? throw new UsageException("calc nyquist needs --na (or --table)");
            double w = p.GetValue(wavelength) ?? throw new UsageException("calc nyquist needs --wavelength-nm (or --table)");
            NyquistCriterion c = p.GetValue(criterion) == "abbe" ? NyquistCriterion.Abbe : NyquistCriterion.Rayleigh;
            return CalcOutput.Run(console, p.GetValue(json), () => NyquistPixelSize.Compute(m, a, w, c, p.GetValue(immersion)));
        });
        return command;
    }

    private static int WriteTable(CliConsole console, bool asJson)
    {
        IReadOnlyList<NyquistTableRow> rows = NyquistTable.Protocol();
        if (asJson)
        {
            var document = new
            {
                criterion = "rayleigh",
                formula = "(0.61 x wavelength / NA) / 2 x magnification",
                rows = rows.Select(r => new
                {
                    magnification = r.Magnification,
                    na = r.NumericalAperture,
                    wavelengthNm = r.WavelengthNm,
                    requiredPixel = new { value = r.RequiredPixelUm, unit = "um" },
                    idealCamera = r.IdealCamera,
                }),
            };
            console.Out.WriteLine(JsonSerializer.Serialize(document, CalcOutput.Readable));
            return CamTestApp.Success;
        }

        CultureInfo c = CultureInfo.InvariantCulture;
        console.Out.WriteLine("Table 1: pixel size for Nyquist sampling, GFP 509 nm, Rayleigh 0.61 lambda/NA halved, x magnification");
        console.Out.WriteLine("  objective    wavelength  required pixel  protocol's ideal camera");
        foreach (NyquistTableRow r in rows)
        {
            console.Out.WriteLine(string.Format(
                c, "  {0,4:0}x/{1:0.0##}   {2,4:0} nm      {3,5:0.0} um        {4}", r.Magnification, r.NumericalAperture, r.WavelengthNm, r.RequiredPixelUm, r.IdealCamera));
        }

        console.Out.WriteLine("  a pixel no larger than the required size samples at Nyquist; a larger one needs extra magnification");
        return CamTestApp.Success;
    }
}
