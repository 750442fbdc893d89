using System.CommandLine;
using CamTest.Core.Calculators;

namespace CamTest.Cli.Commands;

/// <summary><c>camtest calc electrons --signal --bias --gain</c>: grey levels to photoelectrons.</summary>
public static class CalcElectronsCommand
{
    public static Command Create(CliConsole console)
    {
        Option<double> signal = CalcOutput.Required("--signal", "signal in grey levels (ADU), e.g. a profile's peak");
        Option<double> bias = CalcOutput.Required("--bias", "bias (offset) in ADU");
        Option<double> gain = CalcOutput.Required("--gain", "system gain in e-/ADU");
        Option<double?> biasStderr = CalcOutput.Optional("--bias-stderr", "standard error of the bias in ADU (with --gain-stderr, gives a standard error)");
        Option<double?> gainStderr = CalcOutput.Optional("--gain-stderr", "standard error of the gain in e-/ADU (with --bias-stderr, gives a standard error)");
        Option<bool> json = CalcOutput.JsonOption();
        var command = new Command("electrons", "Signal in photoelectrons: (signal - bias) x gain.") { signal, bias, gain, biasStderr, gainStderr, json };
        command.SetAction(p => CalcOutput.Run(console, p.GetValue(json), () => ElectronSignal.Compute(
            p.GetValue(signal), p.GetValue(bias), p.GetValue(gain), p.GetValue(biasStderr), p.GetValue(gainStderr))));
        return command;
    }
}
