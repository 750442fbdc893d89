using System.Globalization;

namespace CamTest.Core.Diagnostics;

/// <summary>
/// Turns the diagnostics an analysis raised into the lines a reader gets: in session order (<see cref="SessionOrder"/>,
/// then by exposure, then as raised), repeats of one kind at different levels collapsed into one line that lists the
/// levels ("flat levels saturated and left out of the gain fit: 720, 800 and 880 ms (past the variance maximum)"), and
/// exact repeats dropped. results.json's <c>diagnostics</c> and <c>warnings</c> are written from these lines
/// (<see cref="Results.DiagnosticReport"/>).
/// </summary>
public static class DiagnosticDigest
{
    public static IReadOnlyList<DiagnosticLine> Of(IEnumerable<Diagnostic> diagnostics)
    {
        List<Diagnostic> ordered = [.. diagnostics
            .Select((d, raised) => (d, raised))
            .OrderBy(x => SessionOrder.Rank(x.d.Section))
            .ThenBy(x => x.d.ExposureMs ?? double.NegativeInfinity)
            .ThenBy(x => x.raised)
            .Select(x => x.d)];
        var lines = new List<DiagnosticLine>();
        var done = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        foreach (Diagnostic first in ordered)
        {
            if (done.Contains(first))
            {
                continue;
            }

            // The first of a kind stands for all of its kind that name a level; unlevelled repeats stand alone.
            List<Diagnostic> group = first.LevelLabel is null
                ? [.. ordered.Where(d => !done.Contains(d) && d.Code == first.Code && d.LevelLabel is null && d.Message == first.Message)]
                : [.. ordered.Where(d => !done.Contains(d) && d.Code == first.Code && d.LevelLabel is not null)];
            done.UnionWith(group);
            lines.Add(Line(group));
        }

        return lines;
    }

    public static string SeverityText(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();

    private static DiagnosticLine Line(List<Diagnostic> group)
    {
        Diagnostic first = group[0];
        List<Diagnostic> levels = [.. group.DistinctBy(d => (d.LevelLabel, d.Reason))];
        return new DiagnosticLine(group, levels.Count < 2 ? first.Message : $"{first.Code.Summary}: {Levels(levels)}");
    }

    /// <summary>"720, 800 and 880 ms (past the variance maximum); 960 ms (1.2 % of pixels at the top code)": runs of
    /// one reason together, exposures written once with their unit.</summary>
    private static string Levels(List<Diagnostic> levels)
    {
        var runs = new List<List<Diagnostic>>();
        foreach (Diagnostic d in levels)
        {
            if (runs.Count > 0 && runs[^1][0].Reason == d.Reason)
            {
                runs[^1].Add(d);
            }
            else
            {
                runs.Add([d]);
            }
        }

        return string.Join("; ", runs.Select(run =>
        {
            string names = run.All(d => d.ExposureMs is not null)
                ? $"{Listed([.. run.Select(d => d.ExposureMs!.Value.ToString("G6", CultureInfo.InvariantCulture))])} ms"
                : Listed([.. run.Select(d => d.LevelLabel!)]);
            return run[0].Reason is { } reason ? $"{names} ({reason})" : names;
        }));
    }

    private static string Listed(List<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";
}
