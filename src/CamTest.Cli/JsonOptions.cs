using System.Text.Json;
using CamTest.Reporting.Json;

namespace CamTest.Cli;

/// <summary>
/// The one JSON style camtest prints: results.json's own (indented, nulls left out, a non-finite figure as null),
/// so no command can fail on a NaN that results.json would have written.
/// </summary>
public static class JsonOptions
{
    public static readonly JsonSerializerOptions Indented = new(ResultsJson.Options);
}
