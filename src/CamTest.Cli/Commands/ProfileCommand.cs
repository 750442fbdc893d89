using System.CommandLine;
using System.Text.Json;
using CamTest.Core.Calculators;
using CamTest.Core.Diagnostics;
using CamTest.Core.Results;
using CamTest.Core.Session;
using CamTest.IO;
using CamTest.Reporting.Plots;

namespace CamTest.Cli.Commands;

/// <summary>
/// <c>camtest profile IMAGE --line x0,y0,x1,y1 [--bias B --gain G | --results results.json] [--plot FILE.png]</c>:
/// the protocol's first step, a line profile across a spot in grey levels and photoelectrons, with its peak.
/// </summary>
public static class ProfileCommand
{
    public static Command Create(CliConsole console)
    {
        var image = new Argument<string>("image") { Description = "image file or stack (one frame is profiled)" };
        var line = new Option<string>("--line") { Description = "x0,y0,x1,y1 in pixel indices (pixel (i,j) sits at x=i, y=j)", Required = true };
        Option<double?> bias = CalcOutput.Optional("--bias", "bias in ADU (with --gain)");
        Option<double?> gain = CalcOutput.Optional("--gain", "system gain in e-/ADU (with --bias)");
        var results = new Option<string?>("--results") { Description = "take bias.level and gain.systemGain from a camtest results.json" };
        var frame = new Option<int>("--frame") { Description = "frame of a stack to profile (from 0)", DefaultValueFactory = _ => 0 };
        var plot = new Option<string?>("--plot") { Description = "write the profile as a PNG plot to this file" };
        Option<string?> raw = RawOption.Create();
        Option<bool> json = CalcOutput.JsonOption();
        var command = new Command("profile", "Line profile across a spot: grey levels, photoelectrons, peak, plot.")
        {
            image, line, bias, gain, results, frame, plot, raw, json,
        };
        command.SetAction(p => Run(console, new ProfileRequest(
            p.GetRequiredValue(image), p.GetRequiredValue(line), p.GetValue(bias), p.GetValue(gain), p.GetValue(results),
            p.GetValue(frame), p.GetValue(plot), p.GetValue(raw)), p.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, ProfileRequest request, bool asJson)
    {
        (double x0, double y0, double x1, double y1) = ProfileLine.Parse(request.Line);
        ProfileCalibration? calibration = Calibration(request);
        if (request.PlotPath is string plotPath && SamePath(plotPath, request.ImagePath))
        {
            throw new UsageException($"--plot {plotPath} is the input image; camtest never overwrites an input");
        }

        if (request.PlotPath is string plotFile)
        {
            OutputCheck.File("--plot", plotFile);
        }

        RawLayout? layout = RawOption.Parse(request.Raw);
        using IFrameSource source = ImageFile.Open(request.ImagePath, layout);
        StackInfo info = source.Info;
        if (request.Frame < 0 || request.Frame >= info.FrameCount)
        {
            throw new UsageException($"--frame {request.Frame} is outside the stack's {info.FrameCount} frame(s) (0..{info.FrameCount - 1})");
        }

        if (LineProfile.Validate(x0, y0, x1, y1, info.Width, info.Height) is string problem)
        {
            throw new UsageException($"--line {request.Line}: {problem}");
        }

        // Read only the band of rows the line crosses: a profile never needs the whole frame.
        int firstRow = (int)Math.Floor(Math.Min(y0, y1));
        int lastRow = Math.Min((int)Math.Ceiling(Math.Max(y0, y1)), info.Height - 1);
        byte[] band = new byte[(long)(lastRow - firstRow + 1) * info.Width * info.BytesPerPixel];
        source.ReadRows(request.Frame, firstRow, lastRow - firstRow + 1, band);
        double[] rows = PixelConversion.ToDouble(band, info.PixelType);
        LineProfile profile = LineProfile.Sample(rows, info.Width, firstRow, x0, y0, x1, y1, calibration?.Bias.Value, calibration?.Gain.Value);

        Diagnostic? clipped = ProfileClipping.Warning(profile, rows, info.Width, firstRow, info);
        DiagnosticReport report = DiagnosticReport.Of(clipped is null ? [] : [clipped]);

        // The peak through ElectronSignal, so the bias's and gain's standard errors reach it (a NaN peak stays without one).
        Quantity? peakElectrons = calibration is not null && double.IsFinite(profile.Peak.Grey) ? calibration.Electrons(profile.Peak.Grey) : null;

        if (request.PlotPath is string png)
        {
            ProfilePlot.SavePng(profile, $"{Path.GetFileName(request.ImagePath)}, frame {request.Frame}: line profile", png);
        }

        if (asJson)
        {
            Dictionary<string, object?> json = ProfileOutput.From(request, profile, calibration, peakElectrons);
            json["warnings"] = report.Warnings;
            json["diagnostics"] = report.Diagnostics;
            console.Out.WriteLine(JsonSerializer.Serialize(json, CalcOutput.Readable));
        }
        else
        {
            ProfileOutput.WriteText(console.Out, request, profile, calibration, peakElectrons);
            if (clipped is not null)
            {
                console.Out.WriteLine($"  warning: {clipped.Message}");
            }
        }

        return CamTestApp.Success;
    }

    private static ProfileCalibration? Calibration(ProfileRequest request)
    {
        if (request.ResultsPath is string results)
        {
            if (request.Bias is not null || request.Gain is not null)
            {
                throw new UsageException("give either --bias and --gain or --results, not both");
            }

            return ProfileCalibration.Read(results);
        }

        if ((request.Bias is null) != (request.Gain is null))
        {
            throw new UsageException("--bias and --gain go together: electrons need both");
        }

        return request.Bias is double bias && request.Gain is double gain ? ProfileCalibration.Given(bias, gain) : null;
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
