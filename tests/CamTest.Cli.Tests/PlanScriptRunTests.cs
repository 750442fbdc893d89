using System.Diagnostics;
using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

/// <summary>
/// The Micro-Manager script <c>camtest plan --out</c> writes, run headless under BeanShell against stub mm/mmc objects
/// (PlanScriptHarness: they log what the script asks of the camera and write one line per frame), and the
/// session.json it writes read back.
/// </summary>
public class PlanScriptRunTests
{
    private const string Javac = "/usr/bin/javac", Java = "/usr/bin/java", BeanShell = "/usr/share/java/bsh.jar";

    [ToolFact("default-jdk-headless bsh", Javac, Java, BeanShell)]
    public void The_emccd_script_takes_sequences_escapes_the_camera_name_and_writes_a_bias_per_em_gain_set_point()
    {
        string work = TestPaths.NewTempFolder("plan-script");
        const string camera = "iXon \"Ultra\" C:\\cams\\#7";
        Assert.Equal(0, CliRun.Of("plan", "--sensor", "EMCCD", "--camera-name", camera, "--out", Path.Combine(work, "plan")).ExitCode);
        string session = Path.Combine(work, "session");
        string script = File.ReadAllText(Path.Combine(work, "plan", "acquire_camtest.bsh"))
            .Replace("String ROOT = \"C:/camtest/session\";", $"String ROOT = \"{session}\";", StringComparison.Ordinal)
            .Replace("int answer = JOptionPane.showConfirmDialog(null, message, \"CamTest\", JOptionPane.OK_CANCEL_OPTION);", "int answer = JOptionPane.OK_OPTION;", StringComparison.Ordinal);
        Assert.Contains(session, script, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(work, "script.bsh"), script);
        File.WriteAllText(Path.Combine(work, "main.bsh"), $"mm = new StubStudio();\nmmc = new StubStudio.Core();\nsource(\"{Path.Combine(work, "script.bsh")}\");\nprint(mmc.log.toString());\n");

        string harness = Path.Combine(TestPaths.RepositoryRoot, "tests", "CamTest.Cli.Tests", "PlanScriptHarness");
        string classes = Path.Combine(work, "classes");
        Run(Javac, ["-d", classes, .. Directory.GetFiles(harness, "*.java", SearchOption.AllDirectories)]);
        string log = Run(Java, ["-cp", $"{BeanShell}:{classes}", "bsh.Interpreter", Path.Combine(work, "main.bsh")]);

        // Sequences, never snaps: 100 bias frames in one sequence, so their timestamps are the camera's.
        Assert.DoesNotContain("snap", log, StringComparison.Ordinal);
        Assert.Contains("sequence 100", log, StringComparison.Ordinal);

        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(session, "session.json")));
        JsonElement s = doc.RootElement;
        Assert.Equal(camera, s.GetProperty("camera").GetProperty("name").GetString());
        JsonElement amplified = s.GetProperty("emGain").GetProperty("amplified");
        JsonElement reference = s.GetProperty("emGain").GetProperty("reference");
        Assert.Equal(300, amplified.GetProperty("emGain").GetDouble());
        string amplifiedBias = amplified.GetProperty("bias").GetProperty("files")[0].GetString()!;
        Assert.StartsWith("bias_em300x/", amplifiedBias, StringComparison.Ordinal);
        Assert.Equal(s.GetProperty("bias").GetProperty("files")[0].GetString(), reference.GetProperty("bias").GetProperty("files")[0].GetString());
        // The stub writes one line per frame: the amplified bias holds its 100 frames, taken at the 300x set point.
        Assert.Equal(100, File.ReadAllLines(Path.Combine(session, amplifiedBias)).Length);
        Assert.Contains("set MultiplierGain=300", log, StringComparison.Ordinal);
        foreach (JsonElement flat in s.GetProperty("flats").EnumerateArray())
        {
            Assert.True(File.Exists(Path.Combine(session, flat.GetProperty("files")[0].GetString()!)));
        }
    }

    private static string Run(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed: {stderr.Result}\n{stdout}");
        return stdout + stderr.Result;
    }
}
