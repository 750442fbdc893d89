using CamTest.Core.Results;

namespace CamTest.Reporting.Plots;

/// <summary>An axis title read from a figure's declaration, "Dark mean (ADU)": the name and unit are written once, there.</summary>
public static class FigureAxis
{
    public static string Title(FigureDeclaration figure) =>
        figure.Unit == Unit.One || figure.Unit == Unit.Times ? figure.Name : $"{figure.Name} ({figure.Unit.Symbol})";

    /// <summary>The title of a histogram's count axis.</summary>
    public static string Counts(string what, bool log) => log ? $"{what} (log scale)" : what;
}
