namespace CamTest.Reporting.Emva;

/// <summary>The data sheet's additions to the report style: plots two to a row on screen and on paper.</summary>
internal static class EmvaSheetStyle
{
    public const string Css = """
        .plots { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.8em; }
        figure.plot { margin: 0; break-inside: avoid; } figure.plot svg { width: 100%; height: auto; border: 1px solid #ddd; }
        figcaption { font-size: 0.85em; color: #555; margin-top: 0.2em; }
        td.sym { font-style: italic; white-space: nowrap; } tr.group td { font-weight: bold; background: #f4f4f4; }
        @media print { body { max-width: none; margin: 1cm; } h2 { break-after: avoid; } }
        """;
}
