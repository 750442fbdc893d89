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
    /// <summary>Prepares the analysis' results.json contract (<see cref="CameraResults"/>).</summary>
    public static Task Start() => Start(() => new CameraResults());

    /// <summary>Prepares another document's contract by serialising <paramref name="sample"/> (built on the worker
    /// thread too) with the results.json options and throwing the text away.</summary>
    public static Task Start<T>(Func<T> sample) => Task.Run(() =>
    {
        _ = System.Text.Json.JsonSerializer.Serialize(sample(), ResultsJson.Options);
    });
}
