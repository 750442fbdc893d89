namespace CamTest.Core.Diagnostics;

/// <summary>How much a diagnostic matters to the figures.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; no figure is affected (e.g. which method a figure came from).</summary>
    Info,

    /// <summary>A figure is missing, limited or less certain than it could be, and the reader should know why.</summary>
    Warning,

    /// <summary>A figure could not be trusted and was withheld, or the data contradict themselves.</summary>
    Error,
}
