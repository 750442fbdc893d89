using System.CommandLine;
using CamTest.Core.Calculators;

namespace CamTest.Cli.Commands;

/// <summary><c>camtest calc pixel --size-um --reference-um</c>: area ratio and relative photon collection.</summary>
public static class CalcPixelCommand
{
    public static Command Create(CliConsole console)
    {
        Option<double> size = CalcOutput.Required("--size-um", "pixel size in um (square pixels)");
        Option<double> reference = CalcOutput.Required("--reference-um", "reference pixel size in um");
        Option<bool> json = CalcOutput.JsonOption();
        var command = new Command("pixel", "Pixel area ratio (size/reference)^2 and relative photon collection.") { size, reference, json };
        command.SetAction(p => CalcOutput.Run(console, p.GetValue(json), () =>
            PixelAreaRatio.Compute(p.GetValue(size), p.GetValue(reference))));
        return command;
    }
}
