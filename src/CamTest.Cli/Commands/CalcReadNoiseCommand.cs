using System.CommandLine;
using CamTest.Core.Calculators;

namespace CamTest.Cli.Commands;

/// <summary><c>camtest calc read-noise --diff-std --gain [--pixels N]</c>: read noise from a bias pair.</summary>
public static class CalcReadNoiseCommand
{
    public static Command Create(CliConsole console)
    {
        Option<double> diffStd = CalcOutput.Required("--diff-std", "standard deviation of the bias difference image in ADU");
        Option<double> gain = CalcOutput.Required("--gain", "system gain in e-/ADU");
        var pixels = new Option<long?>("--pixels") { Description = "pixels in the difference image (with --gain-stderr, gives a standard error)" };
        Option<double?> gainStderr = CalcOutput.Optional("--gain-stderr", "standard error of the gain in e-/ADU (with --pixels, gives a standard error)");
        Option<bool> json = CalcOutput.JsonOption();
        var command = new Command("read-noise", "Read noise in e- rms: sd(diff) x gain / sqrt 2.") { diffStd, gain, pixels, gainStderr, json };
        command.SetAction(p => CalcOutput.Run(console, p.GetValue(json), () =>
            ReadNoiseFromDifference.Compute(p.GetValue(diffStd), p.GetValue(gain), p.GetValue(pixels), p.GetValue(gainStderr))));
        return command;
    }
}
