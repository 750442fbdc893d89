using System.Reflection;
using CamTest.Core.Results;
using Xunit.Abstractions;

namespace CamTest.Core.Tests.Results;

/// <summary>
/// The results model is a leaf: its records reference nothing in the analysis, the EMVA code or the session layers, so
/// results.json's shape changes only where Results changes, and the analysis can change without touching the contract.
/// Session.ResultsMapper is the one place that maps analysis records into results records.
/// </summary>
public class ResultsModelIsALeafTests(ITestOutputHelper output)
{
    private static readonly string[] Forbidden = ["CamTest.Core.Analysis", "CamTest.Core.Emva", "CamTest.Core.Session", "CamTest.IO.Session"];

    [Fact]
    public void Results_records_reference_nothing_in_analysis_emva_or_session()
    {
        Type[] results = [.. typeof(Quantity).Assembly.GetTypes().Where(t => t.Namespace is { } ns && (ns == "CamTest.Core.Results" || ns.StartsWith("CamTest.Core.Results.", StringComparison.Ordinal)))];
        Assert.NotEmpty(results);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Type type in results)
        {
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                foreach (Type referenced in TypeReferences.Of(property.PropertyType))
                {
                    if (Forbidden.Any(ns => referenced.Namespace is { } n && (n == ns || n.StartsWith(ns + ".", StringComparison.Ordinal))))
                    {
                        found.Add($"{type.Name}.{property.Name} -> {referenced.FullName}");
                    }
                }
            }
        }

        foreach (string f in found)
        {
            output.WriteLine(f);
        }

        Assert.Empty(found);
    }

    [Fact]
    public void The_check_sees_a_reference_inside_a_generic_list()
    {
        // The walk must look inside IReadOnlyList<T>, T? and arrays, or the leaf test would pass on a wrapped reference.
        Assert.Contains(typeof(CamTest.Core.Analysis.DarkLevel), TypeReferences.Of(typeof(IReadOnlyList<CamTest.Core.Analysis.DarkLevel>)));
        Assert.Contains(typeof(CamTest.Core.Analysis.DarkLevel), TypeReferences.Of(typeof(CamTest.Core.Analysis.DarkLevel[])));
        Assert.Contains(typeof(int), TypeReferences.Of(typeof(int?)));
    }
}
