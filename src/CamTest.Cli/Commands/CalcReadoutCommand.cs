using System.CommandLine;
using CamTest.Core.Calculators;

namespace CamTest.Cli.Commands;

/// <summary>
/// <c>camtest calc readout [--sensor sCMOS|CCD|EMCCD] [--fps F] [--readout-rate-mhz R] [--width --height]
/// [--roi-width --roi-height] [--binning N]</c>: readout time, frame rate, time per pixel, and what ROI and binning do.
/// </summary>
public static class CalcReadoutCommand
{
    public static Command Create(CliConsole console)
    {
        Option<string> sensor = SensorOption.Create();
        Option<double?> fps = CalcOutput.Optional("--fps", "full-frame readout speed in frames per second");
        Option<double?> rate = CalcOutput.Optional("--readout-rate-mhz", "pixel readout rate in MHz (CCD/EMCCD amplifier)");
        var width = new Option<int?>("--width") { Description = "sensor width in pixels" };
        var height = new Option<int?>("--height") { Description = "sensor height in pixels" };
        var roiWidth = new Option<int?>("--roi-width") { Description = "region of interest width in pixels" };
        var roiHeight = new Option<int?>("--roi-height") { Description = "region of interest height in pixels" };
        var binning = new Option<int>("--binning") { Description = "binning factor N (NxN)", DefaultValueFactory = _ => 1 };
        Option<bool> json = CalcOutput.JsonOption();
        var command = new Command("readout", "Readout time, frame rate and time per pixel; what ROI and binning change on CCD against sCMOS.")
        {
            sensor, fps, rate, width, height, roiWidth, roiHeight, binning, json,
        };
        command.SetAction(p => CalcOutput.Run(console, p.GetValue(json), () => ReadoutTiming.Compute(new ReadoutRequest
        {
            Sensor = SensorOption.Parse(p.GetValue(sensor)),
            FramesPerSecond = p.GetValue(fps),
            ReadoutRateMHz = p.GetValue(rate),
            Width = p.GetValue(width),
            Height = p.GetValue(height),
            RoiWidth = p.GetValue(roiWidth),
            RoiHeight = p.GetValue(roiHeight),
            Binning = p.GetValue(binning),
        })));
        return command;
    }
}
