using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using CamTest.TestSupport;

namespace CamTest.Simulation.Tests;

/// <summary>docs/camera-json.md (linked from the README) documents every key camera.json takes, and its example loads.</summary>
public partial class CameraJsonDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "camera-json.md"));

    [Fact]
    public void Every_camera_model_key_is_in_the_table()
    {
        string[] keys = [.. typeof(CameraModel).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])];
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Contains($"`{key}`", Doc, StringComparison.Ordinal));
        Assert.Contains("docs/camera-json.md", File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_loads_as_the_scmos_small_preset_under_another_name()
    {
        string json = ExampleBlock().Match(Doc).Groups[1].Value;
        string path = Path.Combine(TestPaths.NewTempFolder("camera-doc"), "camera.json");
        File.WriteAllText(path, json);
        CameraModel model = CameraModelFile.Load(path);
        Assert.Equal(CameraPresets.Find("scmos-small")! with { Name = "my-scmos" }, model);
    }

    [GeneratedRegex("```json\\s*\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
