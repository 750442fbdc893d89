using CamTest.IO;
using CamTest.TestSupport;

namespace CamTest.Simulation.Tests;

public class CameraModelFileTests
{
    [Fact]
    public void Every_preset_round_trips_through_camera_json()
    {
        string folder = TestPaths.NewTempFolder("camera");
        foreach (CameraModel preset in CameraPresets.All)
        {
            Assert.Null(CameraModelFile.Validate(preset));
            string path = Path.Combine(folder, preset.Name + ".json");
            CameraModelFile.Save(preset, path);
            Assert.Equal(preset, CameraModelFile.Load(path));
        }
    }

    [Theory]
    [InlineData("{", "not a valid camera description")]
    [InlineData("{\"name\":\"x\"}", "not a valid camera description")]
    [InlineData("{\"name\":\"x\",\"sensor\":\"ccd\",\"sensorWidth\":64,\"sensorHeight\":64,\"pixelSizeUm\":5,\"bitDepth\":16,\"quantumEfficiency\":1.5,\"gainEPerAdu\":1,\"biasAdu\":100,\"readNoiseE\":3,\"darkCurrentEPerS\":0.1,\"linearFullWellE\":9000,\"fullWellE\":10000,\"lineTimeUs\":10}", "quantumEfficiency 1.5")]
    [InlineData("{\"name\":\"x\",\"sensor\":\"ccd\",\"sensorWidth\":64,\"sensorHeight\":64,\"pixelSizeUm\":5,\"bitDepth\":16,\"quantumEfficiency\":0.5,\"gainEPerAdu\":1,\"biasAdu\":100,\"readNoiseE\":3,\"darkCurrentEPerS\":0.1,\"linearFullWellE\":9000,\"fullWellE\":8000,\"lineTimeUs\":10}", "linearFullWellE")]
    [InlineData("{\"name\":\"x\",\"sensor\":\"ccd\",\"sensorWidth\":64,\"sensorHeight\":64,\"pixelSizeUm\":5,\"bitDepth\":16,\"quantumEfficiency\":0.5,\"gainEPerAdu\":1,\"biasAdu\":100,\"readNoiseE\":3,\"darkCurrentEPerS\":0.1,\"linearFullWellE\":9000,\"fullWellE\":10000,\"lineTimeUs\":10,\"gian\":2}", "not a valid camera description")]
    public void A_bad_camera_json_is_refused_naming_the_file(string json, string problem)
    {
        string path = Path.Combine(TestPaths.NewTempFolder("camera"), "camera.json");
        File.WriteAllText(path, json);
        var ex = Assert.Throws<InvalidInputException>(() => CameraModelFile.Load(path));
        Assert.Equal(path, ex.FilePath);
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
    }
}
