using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

/// <summary>
/// JSON has no NaN or infinity: every --json output writes a figure that is not a number as null (as results.json
/// does), never fails with "cannot be written as valid JSON" (an internal error, exit 1).
/// </summary>
public class NonFiniteJsonTests
{
    /// <summary>A 4x4 float32 frame (little-endian) whose first pixel is NaN and the rest 7.</summary>
    private static string NanFrame()
    {
        string path = Path.Combine(TestPaths.NewTempFolder("nan"), "nan.raw");
        float[] pixels = [.. Enumerable.Repeat(7f, 16)];
        pixels[0] = float.NaN;
        File.WriteAllBytes(path, [.. pixels.SelectMany(BitConverter.GetBytes)]);
        return path;
    }

    [Fact]
    public void Inspect_json_of_a_frame_with_a_nan_writes_its_mean_as_null()
    {
        CliRun run = CliRun.Of("inspect", NanFrame(), "--raw", "4x4:float32:le", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("files")[0].GetProperty("frameMeans")[0].ValueKind);
    }

    [Fact]
    public void Profile_json_through_a_nan_pixel_writes_that_sample_as_null()
    {
        CliRun run = CliRun.Of("profile", NanFrame(), "--raw", "4x4:float32:le", "--line", "0,0,3,0", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        JsonElement samples = doc.RootElement.GetProperty("samples");
        Assert.Equal(JsonValueKind.Null, samples[0].GetProperty("grey").ValueKind);
        Assert.Equal(7, samples[3].GetProperty("grey").GetDouble()); // a pixel away from the NaN: bilinear at a whole index reads it exactly
    }
}
