using CamTest.Core.Results;

namespace CamTest.Reporting.Plots;

/// <summary>An axis title read from a figure's declaration, "Dark mean (ADU)": the name and unit are written once, there.</summary>
public static class FigureAxis
{
    public static string Title(FigureDeclaration figure) => Title(figure, figure.Unit);

    /// <summary>The title of a figure shown in another unit of its kind (an exposure declared in s, shown in ms); a
    /// unit of another kind is a programming error and throws.</summary>
    public static string Title(FigureDeclaration figure, Unit shownIn) =>
        !figure.Unit.IsCompatibleWith(shownIn) ? throw new InvalidOperationException($"{figure} cannot be shown in {shownIn}")
        : shownIn == Unit.One || shownIn == Unit.Times ? figure.Name : $"{figure.Name} ({shownIn.Symbol})";

    /// <summary>The title of a histogram's count axis.</summary>
    public static string Counts(string what, bool log) => log ? $"{what} (log scale)" : what;
}
