namespace CamTest.Reporting.Html;

/// <summary>The report's stylesheet: readable on screen and in print, no external resources.</summary>
public static class ReportStyle
{
    public const string Css = """
        body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
        h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.25em; border-bottom: 1px solid #ccc; margin-top: 2em; }
        table { border-collapse: collapse; margin: 0.8em 0; } td, th { padding: 0.25em 0.8em; border-bottom: 1px solid #eee; text-align: left; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .pass { color: #0a7d28; font-weight: bold; } .fail { color: #b3261e; font-weight: bold; } .unknown { color: #777; }
        .note { color: #555; font-size: 0.92em; } .warn { background: #fff4d6; padding: 0.4em 0.8em; border-left: 4px solid #e0a100; }
        figure.plot { margin: 1em 0; } figure.plot svg { max-width: 100%; height: auto; border: 1px solid #ddd; background: #fff; }
        figcaption { color: #555; font-size: 0.9em; max-width: 46em; }
        table.certificate th { width: 12em; color: #555; font-weight: normal; } header#certificate { border: 1px solid #ccc; padding: 0.5em 1em; }
        @page { size: A4; margin: 15mm; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; }
          section.test { break-before: page; } figure.plot, table, tr { break-inside: avoid; }
          details > summary { display: none; }
        }
        """;
}
