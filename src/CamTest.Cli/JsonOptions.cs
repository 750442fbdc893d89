using System.Text.Json;
using System.Text.Json.Serialization;

namespace CamTest.Cli;

/// <summary>The one JSON style camtest prints: indented, nulls left out.</summary>
public static class JsonOptions
{
    public static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
