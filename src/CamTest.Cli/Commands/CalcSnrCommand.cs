using System.CommandLine;
using CamTest.Core.Calculators;

namespace CamTest.Cli.Commands;

/// <summary>
/// <c>camtest calc snr --signal --dark-current --exposure-s --read-noise [--em-gain E] [--excess-noise F]</c>:
/// an EM gain selects the EMCCD formula.
/// </summary>
public static class CalcSnrCommand
{
    public static Command Create(CliConsole console)
    {
        Option<double> signal = CalcOutput.Required("--signal", "signal in e- per pixel");
        Option<double> dark = CalcOutput.Required("--dark-current", "dark current in e-/pixel/s");
        Option<double> exposure = CalcOutput.Required("--exposure-s", "exposure in seconds");
        Option<double> read = CalcOutput.Required("--read-noise", "read noise in e- rms");
        Option<double?> emGain = CalcOutput.Optional("--em-gain", "EM gain (selects the EMCCD formula)");
        Option<double?> excess = CalcOutput.Optional("--excess-noise", "excess noise factor F (EMCCD; default sqrt 2)");
        Option<bool> json = CalcOutput.JsonOption();
        var command = new Command("snr", "Signal-to-noise ratio per pixel (CCD/sCMOS, or EMCCD with --em-gain).")
        {
            signal, dark, exposure, read, emGain, excess, json,
        };
        command.SetAction(p => CalcOutput.Run(console, p.GetValue(json), () => SignalToNoise.Compute(
            p.GetValue(signal), p.GetValue(dark), p.GetValue(exposure), p.GetValue(read), p.GetValue(emGain), p.GetValue(excess))));
        return command;
    }
}
