using System.Text.Json;

namespace CamTest.History.Recording;

/// <summary>
/// Collects every figure of a results.json generically, so that the history keeps working as the results model gains
/// figures: each object holding a numeric "value" and a "unit" (the results.json quantity) is one figure, stored under
/// its dotted key path ("gain.systemGain", "emva.quantumEfficiency"). Arrays are per-level details (photon transfer
/// levels, hot pixel lists), not figures of the camera, and are not entered; a value written as null (not estimable)
/// is no figure. The counts listed in <see cref="Counts"/> are figures too, with the Poisson error of a count.
/// </summary>
public static class FigureCollector
{
    /// <summary>Whole-number counts that are camera figures: the unit they get. Their error is sqrt(max(N, 1)).</summary>
    public static IReadOnlyDictionary<string, string> Counts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["hotPixels.count"] = "pixels",
        ["hotPixels.persistentCount"] = "pixels",
    };

    /// <summary>Sections that describe the run rather than measure the camera, criteria written as quantities, and the
    /// fitted lines the report draws (their slopes are figures already: the drift, darkCurrent.rateAdu and
    /// rateFromNoiseAdu2).</summary>
    private static readonly HashSet<string> NotFigures = new(StringComparer.Ordinal)
    {
        "camera", "run", "warnings", "schema", "bias.stability.limit", "bias.stability.fit", "darkCurrent.meanFit", "darkCurrent.noiseFit",
    };

    public static List<Figure> Collect(JsonElement root)
    {
        var figures = new List<Figure>();
        foreach (JsonProperty p in root.EnumerateObject().Where(p => !NotFigures.Contains(p.Name)))
        {
            Walk(p.Value, p.Name, figures);
        }

        return figures;
    }

    private static void Walk(JsonElement e, string path, List<Figure> figures)
    {
        if (NotFigures.Contains(path))
        {
            return;
        }

        // A count, written as a number or as an exact quantity: the history gives it the Poisson error of a count.
        JsonElement count = e.ValueKind == JsonValueKind.Object && e.TryGetProperty("value", out JsonElement v) ? v : e;
        if (count.ValueKind == JsonValueKind.Number && Counts.TryGetValue(path, out string? countUnit))
        {
            double n = count.GetDouble();
            figures.Add(new Figure(path, n, countUnit, Math.Sqrt(Math.Max(n, 1))));
            return;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (e.TryGetProperty("value", out JsonElement value) && e.TryGetProperty("unit", out JsonElement unit) && unit.ValueKind == JsonValueKind.String)
        {
            // A quantity; one written with a null value was not estimated, and is no figure.
            if (value.ValueKind == JsonValueKind.Number && double.IsFinite(value.GetDouble()))
            {
                double? stderr = e.TryGetProperty("stderr", out JsonElement s) && s.ValueKind == JsonValueKind.Number && double.IsFinite(s.GetDouble()) ? s.GetDouble() : null;
                figures.Add(new Figure(path, value.GetDouble(), unit.GetString()!, stderr));
            }

            return;
        }

        foreach (JsonProperty p in e.EnumerateObject())
        {
            Walk(p.Value, $"{path}.{p.Name}", figures);
        }
    }
}
