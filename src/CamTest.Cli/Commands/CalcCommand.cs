using System.CommandLine;

namespace CamTest.Cli.Commands;

/// <summary><c>camtest calc KIND ...</c>: the protocol's calculators, one subcommand (and one file) each.</summary>
public static class CalcCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("calc", "The protocol's calculators: electrons, gain, noise, SNR, Nyquist, pixel size, readout, EM gain.");
        command.Subcommands.Add(CalcElectronsCommand.Create(console));
        command.Subcommands.Add(CalcGainCommand.Create(console));
        command.Subcommands.Add(CalcReadNoiseCommand.Create(console));
        command.Subcommands.Add(CalcDarkCurrentCommand.Create(console));
        command.Subcommands.Add(CalcSnrCommand.Create(console));
        command.Subcommands.Add(CalcNyquistCommand.Create(console));
        command.Subcommands.Add(CalcPixelCommand.Create(console));
        command.Subcommands.Add(CalcReadoutCommand.Create(console));
        command.Subcommands.Add(CalcEmGainCommand.Create(console));
        return command;
    }
}
