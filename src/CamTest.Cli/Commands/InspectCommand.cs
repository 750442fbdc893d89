using System.CommandLine;
using System.Text.Json;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Cli.Commands;

/// <summary>
/// <c>camtest inspect FILE... [--json]</c>: what each file is (format, size, frames, bit depth, exposure,
/// timestamps), the mean of every frame, the extremes and the pixels clipped at 0 or the top code, in one streaming pass.
/// </summary>
public static class InspectCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "image files or stacks (TIFF, BigTIFF, OME-TIFF, FITS, PNG)" };
        var json = new Option<bool>("--json") { Description = "print machine-readable JSON on stdout" };
        Option<string?> raw = RawOption.Create();
        var command = new Command("inspect", "Describe image files and the mean of every frame.") { files, json, raw };
        command.SetAction(parse => Run(
            console, parse.GetRequiredValue(files), parse.GetValue(json), parse.GetValue(raw)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, bool asJson, string? rawText)
    {
        RawLayout? layout = RawOption.Parse(rawText);

        // Inspect every file before printing anything, so a bad file late in the list leaves no partial output.
        var reports = new List<FileReport>();
        foreach (string path in paths)
        {
            using IFrameSource source = ImageFile.Open(path, layout);
            reports.Add(FileReport.From(source, FrameSurvey.Of(source)));
        }

        if (asJson)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(new { files = reports }, JsonOptions.Indented));
        }
        else
        {
            foreach (FileReport report in reports)
            {
                report.WriteText(console.Out);
            }
        }

        return CamTestApp.Success;
    }
}
