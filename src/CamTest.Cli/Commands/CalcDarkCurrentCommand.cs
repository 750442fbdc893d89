using System.CommandLine;
using CamTest.Core.Calculators;

namespace CamTest.Cli.Commands;

/// <summary><c>camtest calc dark-current --total-noise --read-noise --exposure-s</c>: dark current from noise, in quadrature.</summary>
public static class CalcDarkCurrentCommand
{
    public static Command Create(CliConsole console)
    {
        Option<double> total = CalcOutput.Required("--total-noise", "noise of a dark pair in e- (read + dark, from calc read-noise on the dark pair)");
        Option<double> read = CalcOutput.Required("--read-noise", "read noise in e- from a bias pair");
        Option<double> exposure = CalcOutput.Required("--exposure-s", "the dark frames' exposure in seconds");
        Option<bool> json = CalcOutput.JsonOption();
        var command = new Command("dark-current", "Dark current in e-/pixel/s: (total^2 - read^2) / exposure.") { total, read, exposure, json };
        command.SetAction(p => CalcOutput.Run(console, p.GetValue(json), () =>
            DarkCurrentFromNoise.Compute(p.GetValue(total), p.GetValue(read), p.GetValue(exposure))));
        return command;
    }
}
