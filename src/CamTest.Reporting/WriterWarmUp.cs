using CamTest.Core.Results;
using CamTest.Reporting.Json;

namespace CamTest.Reporting;

/// <summary>
/// Prepares the writers while the images are still being read. On first use System.Text.Json builds the results.json
/// contract by reflection: a few hundred milliseconds on one thread that would otherwise come after the analysis, when
/// only the writing is left to do. Started before the analysis, that work shares the cores with the image reduction
/// instead. Nothing it prepares changes any output.
/// </summary>
public static class WriterWarmUp
{
    public static Task Start() => Task.Run(() =>
    {
        _ = ResultsJson.Serialize(new CameraResults());
    });
}
