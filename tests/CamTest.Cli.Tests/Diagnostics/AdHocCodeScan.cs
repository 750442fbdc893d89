using System.Text.RegularExpressions;

namespace CamTest.Cli.Tests.Diagnostics;

/// <summary>
/// Finds, in C# source, the ways a product path could raise a diagnostic under a code no catalog declares:
/// <list type="bullet">
/// <item>a <c>DiagnosticCode</c> constructed anywhere but as a <c>public static readonly</c> field of a class marked
/// <c>[DiagnosticCatalog]</c> (a code made on the spot is found by no one);</item>
/// <item>a code id written as a literal where a refusal or a notice takes one (<c>Code = "..."</c>,
/// <c>new InputNotice("...", ...)</c>, <c>DiagnosticCatalog.Find("...")</c>) that the catalog does not declare;</item>
/// <item>a refusal's code or a notice's code taken from anything but a declared code (<c>X.Id</c>) or an IO id
/// (<c>InputNoticeIds.X</c>, each checked against the catalog by <c>InputNoticesTests</c>);</item>
/// <item>a <c>Diagnostic</c> constructed directly instead of raised from its code (<c>Code.Raise</c>).</item>
/// </list>
/// A source scan, not reflection, because a code built inside a method body leaves no trace reflection can see.
/// </summary>
public static partial class AdHocCodeScan
{
    /// <summary>Each violation as "file:line: what".</summary>
    public static IEnumerable<string> Violations(string file, string source, IReadOnlySet<string> declared)
    {
        bool isCatalog = source.Contains("[DiagnosticCatalog]", StringComparison.Ordinal);
        string[] lines = [.. source.Split('\n').Select(StripComment)];
        string code = string.Join('\n', lines);

        // Over the whole text: a construction's arguments may run onto the next line.
        foreach (Match m in CodeConstruction().Matches(code))
        {
            int lineStart = code.LastIndexOf('\n', m.Index) + 1;
            if (!(isCatalog && CatalogField().IsMatch(code[lineStart..m.Index])))
            {
                yield return $"{file}:{LineOf(code, m.Index)}: a DiagnosticCode made outside a [DiagnosticCatalog] class's static readonly field";
            }
        }

        for (int i = 0; i < lines.Length; i++)
        {
            string where = $"{file}:{i + 1}";
            foreach (Match m in LiteralCode().Matches(lines[i]))
            {
                string id = m.Groups["id"].Value;
                if (!declared.Contains(id))
                {
                    yield return $"{where}: code \"{id}\" is declared by no catalog";
                }
            }

            if (UncheckedSource().IsMatch(lines[i]))
            {
                yield return $"{where}: a code taken from neither a declared code (X.Id) nor InputNoticeIds";
            }

            if (DirectDiagnostic().IsMatch(lines[i]))
            {
                yield return $"{where}: a Diagnostic built directly; raise it from its code (Code.Raise)";
            }
        }
    }

    /// <summary>The scan over every .cs file under <paramref name="root"/>, bin and obj left out; paths relative to it.</summary>
    public static IEnumerable<string> Violations(string root, IReadOnlySet<string> declared) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => Violations(Path.GetRelativePath(root, f), File.ReadAllText(f), declared));

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static string StripComment(string line)
    {
        int comment = line.IndexOf("//", StringComparison.Ordinal);
        return comment < 0 || line[..comment].Count(c => c == '"') % 2 == 1 ? line : line[..comment];
    }

    /// <summary><c>new DiagnosticCode(</c>, or a target-typed <c>new(..., DiagnosticSeverity.</c>.</summary>
    [GeneratedRegex(@"new\s+DiagnosticCode\s*\(|new\s*\(\s*[^()]*?,\s*DiagnosticSeverity\.")]
    private static partial Regex CodeConstruction();

    /// <summary>What precedes the construction on its line when it is a catalog's field.</summary>
    [GeneratedRegex(@"^\s*public\s+static\s+readonly\s+DiagnosticCode\s+\w+\s*=\s*$")]
    private static partial Regex CatalogField();

    [GeneratedRegex(@"(?:\bCode\s*=(?![=>])\s*|new\s+InputNotice\s*\(\s*|DiagnosticCatalog\.Find\s*\(\s*)""(?<id>[^""]*)""")]
    private static partial Regex LiteralCode();

    /// <summary><c>Code = expr</c> or <c>new InputNotice(expr, </c> where expr is no literal, no <c>X.Id</c> (or a catalog
    /// code's own <c>Id</c>) and no <c>InputNoticeIds.X</c>.</summary>
    [GeneratedRegex(@"(?:\bCode\s*=(?![=>])|new\s+InputNotice\s*\()\s*(?!""|(?:[\w.]+\.)?Id\b|InputNoticeIds\.)\S")]
    private static partial Regex UncheckedSource();

    [GeneratedRegex(@"new\s+Diagnostic\s*\(")]
    private static partial Regex DirectDiagnostic();
}
