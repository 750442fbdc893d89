using System.CommandLine;
using CamTest.Core.Calculators;

namespace CamTest.Cli.Commands;

/// <summary><c>camtest calc gain --bias --mean1 --mean2 --diff-std [--pixels N]</c>: single-point mean-variance gain.</summary>
public static class CalcGainCommand
{
    public static Command Create(CliConsole console)
    {
        Option<double> bias = CalcOutput.Required("--bias", "mean bias in ADU");
        Option<double> mean1 = CalcOutput.Required("--mean1", "mean of the first flat in ADU");
        Option<double> mean2 = CalcOutput.Required("--mean2", "mean of the second flat in ADU");
        Option<double> diffStd = CalcOutput.Required("--diff-std", "standard deviation of the difference image in ADU");
        var pixels = new Option<long?>("--pixels") { Description = "pixels in the difference image (gives a standard error)" };
        Option<bool> json = CalcOutput.JsonOption();
        var command = new Command("gain", "Single-point mean-variance gain in e-/ADU.") { bias, mean1, mean2, diffStd, pixels, json };
        command.SetAction(p => CalcOutput.Run(console, p.GetValue(json), () => SinglePointGain.Compute(
            p.GetValue(bias), p.GetValue(mean1), p.GetValue(mean2), p.GetValue(diffStd), p.GetValue(pixels))));
        return command;
    }
}
