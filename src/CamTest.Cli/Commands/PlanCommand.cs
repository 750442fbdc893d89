using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CamTest.Core.Planning;
using CamTest.Reporting;

namespace CamTest.Cli.Commands;

/// <summary>
/// <c>camtest plan [--sensor sCMOS|CCD|EMCCD] [--out DIR] [--json]</c>: the stacks to acquire, step by step, a
/// session.json template naming them, and a Micro-Manager script that takes them and writes session.json.
/// </summary>
public static class PlanCommand
{
    public static Command Create(CliConsole console)
    {
        Option<string> sensor = SensorOption.Create();
        var outDir = new Option<string?>("--out") { Description = $"write session.json (template) and {MicroManagerScript.FileName} into this folder" };
        var name = new Option<string?>("--camera-name") { Description = "camera model and serial for the template" };
        var bitDepth = new Option<int?>("--bit-depth") { Description = "ADC bit depth for the template" };
        var pixel = new Option<double?>("--pixel-size-um") { Description = "sensor pixel size in um for the template" };
        Option<bool> json = CalcOutput.JsonOption();
        var command = new Command("plan", "What to acquire, step by step, with a session.json template and a Micro-Manager script.")
        {
            sensor, outDir, name, bitDepth, pixel, json,
        };
        command.SetAction(p =>
        {
            AcquisitionPlan plan = ProtocolPlan.For(SensorOption.Parse(p.GetValue(sensor)));
            var defaults = new PlannedCamera();
            var camera = new PlannedCamera(
                p.GetValue(name) ?? defaults.Name, p.GetValue(bitDepth) ?? defaults.BitDepth, p.GetValue(pixel) ?? defaults.PixelSizeUm);
            if (camera.BitDepth is < 1 or > 32 || !(camera.PixelSizeUm > 0))
            {
                throw new UsageException("--bit-depth must be 1..32 and --pixel-size-um greater than zero");
            }

            string? folder = p.GetValue(outDir);
            if (folder is not null)
            {
                OutputCheck.Folder(folder);
                WriteFiles(folder, plan, camera);
            }

            if (p.GetValue(json))
            {
                console.Out.WriteLine(ToJson(plan, camera).ToJsonString(CalcOutput.Readable));
            }
            else
            {
                WriteText(console.Out, plan, camera, folder);
            }

            return CamTestApp.Success;
        });
        return command;
    }

    private static void WriteFiles(string folder, AcquisitionPlan plan, PlannedCamera camera)
    {
        string session = Path.Combine(folder, "session.json");
        string script = Path.Combine(folder, MicroManagerScript.FileName);
        foreach (string path in new[] { session, script })
        {
            // A real session.json may already sit there: a template must never replace it.
            if (File.Exists(path))
            {
                throw new UsageException($"{path} already exists; choose another --out folder (camtest plan never overwrites files)");
            }
        }

        // Both files or neither, as analyze writes its results: a script without its template would mislead.
        var output = new OutputFolder(folder);
        output.StageText("session.json", SessionTemplate.ToJson(plan, camera) + "\n");
        output.StageText(MicroManagerScript.FileName, MicroManagerScript.Render(plan, camera));
        output.Commit();
    }

    private static JsonObject ToJson(AcquisitionPlan plan, PlannedCamera camera)
    {
        var steps = new JsonArray();
        foreach (AcquisitionStep s in plan.Steps)
        {
            var step = new JsonObject
            {
                ["stack"] = s.Stack, ["section"] = MicroManagerScript.SectionKey(s.Section), ["exposureMs"] = s.ExposureMs,
                ["frames"] = s.Frames, ["lensCap"] = s.LensCapOn ? "on" : "off",
                ["lightTarget"] = s.LightTarget, ["purpose"] = s.Purpose, ["file"] = s.FileName,
            };
            if (s.EmGain is double emGain)
            {
                step["emGain"] = emGain;
            }

            steps.Add(step);
        }

        return new JsonObject
        {
            ["sensor"] = plan.SensorName,
            ["steps"] = steps,
            ["advice"] = new JsonArray([.. plan.Advice.Select(a => JsonValue.Create(a))]),
            ["session"] = SessionTemplate.Create(plan, camera),
        };
    }

    private static void WriteText(TextWriter output, AcquisitionPlan plan, PlannedCamera camera, string? folder)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        output.WriteLine($"Acquisition plan for an {plan.SensorName} camera (the protocol's stacks; save each under the file name shown)");
        output.WriteLine();
        int n = 1;
        foreach (AcquisitionStep s in plan.Steps)
        {
            string exposure = s.ExposureMs == 0 ? "shortest exposure" : string.Format(c, "{0:0.###} ms", s.ExposureMs);
            string em = s.EmGain is double g ? string.Format(c, ", EM gain {0:0}x", g) : string.Empty;
            output.WriteLine($"{n++,2}. {s.FileName,-24} {s.Frames,3} frame(s), {exposure}{em}, lens cap {(s.LensCapOn ? "ON" : "OFF")}");
            output.WriteLine($"    light:   {s.LightTarget}");
            output.WriteLine($"    measures {s.Purpose}");
        }

        output.WriteLine();
        output.WriteLine("Throughout:");
        foreach (string advice in plan.Advice)
        {
            output.WriteLine($"  - {advice}");
        }

        output.WriteLine();
        if (folder is null)
        {
            output.WriteLine("session.json template (or use --out DIR to write it with a Micro-Manager script):");
            output.WriteLine(SessionTemplate.ToJson(plan, camera));
        }
        else
        {
            output.WriteLine($"wrote {Path.Combine(folder, "session.json")} and {Path.Combine(folder, MicroManagerScript.FileName)}");
            output.WriteLine("run the script in Micro-Manager's Script Panel; it writes session.json with the files it saved");
        }
    }
}
