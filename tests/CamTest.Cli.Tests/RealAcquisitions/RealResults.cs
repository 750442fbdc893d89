using System.Text.Json;

namespace CamTest.Cli.Tests.RealAcquisitions;

/// <summary>"No implausible figure left unexplained", as a check on results.json.</summary>
public static class RealResults
{
    /// <summary>
    /// Every quantity ({value, unit}) holds a finite number; one without a standard error, and a failed criterion
    /// ("pass": false), each have a diagnostic of their results section (the first key of their path) saying why.
    /// Criteria limits (keys named "limit") are exact by definition and need none.
    /// </summary>
    public static void AssertEveryFigureExplained(JsonElement results)
    {
        var sections = results.GetProperty("diagnostics").EnumerateArray()
            .Select(d => d.GetProperty("section").ValueKind == JsonValueKind.String ? d.GetProperty("section").GetString()! : "")
            .ToHashSet(StringComparer.Ordinal);
        var unexplained = new List<string>();
        Walk(results, "", (path, element) =>
        {
            string section = path.Split('.', '[')[0];
            bool explained = sections.Contains(section) || (section == "readNoise" && sections.Contains("bias"));
            if (element.TryGetProperty("value", out JsonElement value) && element.TryGetProperty("unit", out _))
            {
                if (value.ValueKind != JsonValueKind.Number || !double.IsFinite(value.GetDouble()))
                {
                    unexplained.Add($"{path}: value {value} is not a finite number");
                }
                else if (!element.TryGetProperty("stderr", out _) && !path.EndsWith("limit", StringComparison.OrdinalIgnoreCase) && !explained)
                {
                    unexplained.Add($"{path}: no standard error and no {section} diagnostic");
                }

                return false;
            }

            if (element.TryGetProperty("pass", out JsonElement pass) && pass.ValueKind == JsonValueKind.False && !explained)
            {
                unexplained.Add($"{path}: fails its criterion with no {section} diagnostic");
            }

            return true;
        });
        Assert.True(unexplained.Count == 0, string.Join("\n", unexplained));
    }

    /// <summary>Visits every object below the root (paths without the leading dot); <paramref name="visit"/> returns false to stop descending.</summary>
    private static void Walk(JsonElement e, string path, Func<string, JsonElement, bool> visit)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (path.Length > 0 && !visit(path, e))
            {
                return;
            }

            foreach (JsonProperty p in e.EnumerateObject())
            {
                if (p.Name is not ("diagnostics" or "warnings" or "run" or "statedVsMeasured"))
                {
                    Walk(p.Value, path.Length == 0 ? p.Name : $"{path}.{p.Name}", visit);
                }
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (JsonElement item in e.EnumerateArray())
            {
                Walk(item, $"{path}[{i++}]", visit);
            }
        }
    }
}
