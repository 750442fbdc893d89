using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using CamTest.Core.Diagnostics;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.Diagnostics;

/// <summary>
/// The whole catalogue, as the shipped program sees it (every product assembly loaded, CamTest.History's codes beside
/// Core's): each code stable in form, unique, with a severity and a summary; and no product path raising a code the
/// catalogue does not hold (issue 9: tests and programs match on codes, so every code must be one they can look up).
/// </summary>
public sealed partial class DiagnosticCatalogueTests
{
    /// <summary>Every CamTest product assembly beside the tests: the libraries and the CLI (camtest.dll); not the test
    /// assemblies, whose example catalogs are not the product's.</summary>
    private static readonly Assembly[] Product = [.. Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
        .Where(f => Path.GetFileName(f) is var n && (n.StartsWith("CamTest.", StringComparison.Ordinal) || n == "camtest.dll") && !n.Contains(".Tests", StringComparison.Ordinal))
        .Select(f => AssemblyLoadContext.Default.LoadFromAssemblyName(AssemblyName.GetAssemblyName(f)))];

    private static IReadOnlyList<DiagnosticCode> Catalogue
    {
        get
        {
            Assert.Contains(Product, a => a.GetName().Name == "CamTest.History"); // loaded before the scan reads the domain
            return DiagnosticCatalog.All;
        }
    }

    [Fact]
    public void Every_code_is_unique_in_area_dot_kebab_form_with_a_severity_and_a_summary()
    {
        IReadOnlyList<DiagnosticCode> all = Catalogue;

        // One area from each product assembly that declares codes, so the scan is known to have reached them.
        Assert.Contains(all, c => c.Id == "gain.flat-saturated");
        Assert.Contains(all, c => c.Id == "history.undated-run");
        Assert.Empty(all.GroupBy(c => c.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(all, c =>
        {
            Assert.Matches(AreaDotKebab(), c.Id);
            Assert.True(Enum.IsDefined(c.Severity), $"{c.Id}: severity {c.Severity} is not a DiagnosticSeverity");
            Assert.False(string.IsNullOrWhiteSpace(c.Summary), $"{c.Id} has no summary");
            Assert.False(c.Summary.EndsWith('.'), $"{c.Id}: a summary is followed by the levels (\"...: 720 and 800 ms\"), so it ends without a full stop");
        });
    }

    [Fact]
    public void Codes_live_only_as_static_readonly_fields_of_catalog_classes()
    {
        string[] outside = [.. Product.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(f => f.FieldType == typeof(DiagnosticCode) && !f.Name.Contains('<'))
                .Where(f => !t.IsDefined(typeof(DiagnosticCatalogAttribute), inherit: false) || !f.IsInitOnly || !f.IsPublic)
                .Select(f => $"{t.FullName}.{f.Name}"))];

        Assert.Empty(outside);
    }

    [Fact]
    public void No_product_source_raises_a_code_the_catalogue_does_not_declare()
    {
        var declared = Catalogue.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(AdHocCodeScan.Violations(Path.Combine(TestPaths.RepositoryRoot, "src"), declared));
    }

    [Fact]
    public void The_scan_catches_each_way_of_making_an_ad_hoc_code_and_passes_a_catalog()
    {
        var declared = new HashSet<string>(StringComparer.Ordinal) { "gain.flat-saturated" };
        const string Catalog = """
            [DiagnosticCatalog]
            public static class GainDiagnostics
            {
                public static readonly DiagnosticCode FlatSaturated = new("gain.flat-saturated", DiagnosticSeverity.Warning,
                    "flat levels saturated");
            }
            """;
        const string Adhoc = """
            public static class Stage
            {
                private static readonly DiagnosticCode Mine = new("gain.made-up", DiagnosticSeverity.Warning, "x");
                public static Diagnostic A() => new DiagnosticCode("gain.made-up", DiagnosticSeverity.Warning, "x").Raise("a");
                public static Diagnostic B() => new Diagnostic(GainDiagnostics.FlatSaturated, "b");
                public static Exception C() => new InvalidInputException("f", "p") { Code = "gain.made-up" };
                public static Exception D(string id) => new InvalidInputException("f", "p") { Code = id };
                public static InputNotice E() => new InputNotice("emva.made-up", "e");
                public static DiagnosticCode F() => new(
                    "gain.made-up", DiagnosticSeverity.Warning, "spread over two lines");
                // new DiagnosticCode("in.a-comment", DiagnosticSeverity.Info, "x") is no code
                public static bool G(Diagnostic d) => d.Code == GainDiagnostics.FlatSaturated;
                public static Exception H() => new InvalidInputException("f", "p") { Code = GainDiagnostics.FlatSaturated.Id };
            }
            """;

        Assert.Empty(AdHocCodeScan.Violations("GainDiagnostics.cs", Catalog, declared));
        string[] found = [.. AdHocCodeScan.Violations("Stage.cs", Adhoc, declared)];
        // Constructions first (lines 3, 4 and the two-line one at 9), then the line rules (5 .. 8); the comment, the
        // comparison (12) and the declared code's Id (13) are no violations.
        Assert.Equal(["Stage.cs:3", "Stage.cs:4", "Stage.cs:9", "Stage.cs:5", "Stage.cs:6", "Stage.cs:7", "Stage.cs:8"],
            found.Select(v => string.Join(':', v.Split(':')[..2])));
    }

    /// <summary>"area.what-happened": the area a results.json section or module name (camelCase), then lower-case words
    /// joined by '-', as many dotted parts as the area needs. Written here independently of DiagnosticCode's own check.</summary>
    [GeneratedRegex(@"^[a-z][a-zA-Z0-9]*(\.[a-z0-9]+(-[a-z0-9]+)*)+$")]
    private static partial Regex AreaDotKebab();
}
