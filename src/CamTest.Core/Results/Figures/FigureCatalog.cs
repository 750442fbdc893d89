namespace CamTest.Core.Results;

/// <summary>
/// Every figure any area declares (<see cref="FigureCatalogAttribute"/>), in CamTest.Core and in the loaded assemblies
/// that reference it, found by results.json key path: what the console, the HTML report, the camera history and
/// anyone reading results.json look a figure's name, unit and meaning up in.
/// </summary>
public static class FigureCatalog
{
    public static IReadOnlyList<FigureDeclaration> All => CatalogScan.All<FigureDeclaration>(typeof(FigureCatalogAttribute));

    /// <summary>The figures one catalog class declares, in declaration order.</summary>
    public static IReadOnlyList<FigureDeclaration> Of(Type catalog) => CatalogScan.Of<FigureDeclaration>(catalog);

    /// <summary>The declaration of the figure at <paramref name="key"/> ("gain.systemGain", "gain.points[].gainEPerAdu"),
    /// or null. Array indices in the key ("gain.points[3].gainEPerAdu") read as "[]".</summary>
    public static FigureDeclaration? Find(string key)
    {
        string normalised = FigureDeclaration.NormaliseKey(key);
        return All.FirstOrDefault(f => f.Key == normalised);
    }

    public static FigureDeclaration Get(string key) =>
        Find(key) ?? throw new KeyNotFoundException($"no figure is declared at '{key}'");
}
