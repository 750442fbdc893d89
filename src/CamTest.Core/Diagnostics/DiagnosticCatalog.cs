namespace CamTest.Core.Diagnostics;

/// <summary>
/// Every diagnostic code any area declares (<see cref="DiagnosticCatalogAttribute"/>), in CamTest.Core and in the
/// loaded assemblies that reference it: for documentation, for reading results.json codes back, and for the test that
/// no two areas claim one code.
/// </summary>
public static class DiagnosticCatalog
{
    public static IReadOnlyList<DiagnosticCode> All => CatalogScan.All<DiagnosticCode>(typeof(DiagnosticCatalogAttribute));

    /// <summary>The codes one catalog class declares, in declaration order.</summary>
    public static IReadOnlyList<DiagnosticCode> Of(Type catalog) => CatalogScan.Of<DiagnosticCode>(catalog);

    public static DiagnosticCode? Find(string id) => All.FirstOrDefault(c => c.Id == id);
}
