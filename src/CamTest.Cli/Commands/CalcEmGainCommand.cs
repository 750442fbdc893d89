using System.CommandLine;
using CamTest.Core.Calculators;

namespace CamTest.Cli.Commands;

/// <summary><c>camtest calc em-gain --read-noise</c>: the EM gain the protocol advises (4-5 x rms read noise, at most 300).</summary>
public static class CalcEmGainCommand
{
    public static Command Create(CliConsole console)
    {
        Option<double> read = CalcOutput.Required("--read-noise", "rms read noise in e- (without EM gain)");
        Option<bool> json = CalcOutput.JsonOption();
        var command = new Command("em-gain", "Advised EM gain: 4-5 x rms read noise, not above 300.") { read, json };
        command.SetAction(p => CalcOutput.Run(console, p.GetValue(json), () => EmGainAdvice.Compute(p.GetValue(read))));
        return command;
    }
}
