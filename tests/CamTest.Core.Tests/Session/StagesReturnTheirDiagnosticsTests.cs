using System.Reflection;
using System.Runtime.CompilerServices;
using CamTest.Core.Diagnostics;
using CamTest.Core.Session;
using Xunit.Abstractions;

namespace CamTest.Core.Tests.Session;

/// <summary>
/// The session and EMVA stages return their diagnostics with their findings (<see cref="Diagnosed{T}"/>, or a stage
/// record such as <see cref="GainStageResult"/>) and the caller keeps them in the order the stages run: no method is
/// handed a collection of diagnostics to add to. Walks every method declared in CamTest.Core.Session and
/// CamTest.Core.Emva, private ones included; only compiler-generated ones (lambdas, local functions, a record's
/// Deconstruct) are left out.
/// </summary>
public class StagesReturnTheirDiagnosticsTests(ITestOutputHelper output)
{
    private static readonly string[] Stages = ["CamTest.Core.Session", "CamTest.Core.Emva"];

    [Fact]
    public void No_stage_method_is_handed_diagnostics_to_add_to()
    {
        MethodInfo[] methods = [.. StageMethods()];
        Assert.Contains(methods, m => m.DeclaringType == typeof(GainStage) && m.Name == nameof(GainStage.Run));
        string[] found = [.. methods.SelectMany(m => m.GetParameters().Where(p => CollectsDiagnostics(p.ParameterType))
            .Select(p => $"{m.DeclaringType!.Name}.{m.Name}: parameter {p.Name} ({p.ParameterType.Name}) to add diagnostics to"))];
        Report(found);
        Assert.Empty(found);
    }

    [Fact]
    public void The_check_sees_every_collection_that_diagnostics_can_be_added_to()
    {
        // List<Diagnostic>, ICollection/IList<Diagnostic> and the local collector are mutable; read-only views are not.
        Assert.True(CollectsDiagnostics(typeof(List<Diagnostic>)));
        Assert.True(CollectsDiagnostics(typeof(ICollection<Diagnostic>)));
        Assert.True(CollectsDiagnostics(typeof(IList<Diagnostic>)));
        Assert.True(CollectsDiagnostics(typeof(RaisedDiagnostics)));
        Assert.True(CollectsDiagnostics(typeof(List<Diagnostic>).MakeByRefType()));
        Assert.False(CollectsDiagnostics(typeof(IReadOnlyList<Diagnostic>)));
        Assert.False(CollectsDiagnostics(typeof(IEnumerable<Diagnostic>)));
    }

    private void Report(IEnumerable<string> found)
    {
        foreach (string f in found)
        {
            output.WriteLine(f);
        }
    }

    private static IEnumerable<MethodInfo> StageMethods() =>
        typeof(SessionAnalysis).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && Stages.Contains(ns) && !t.IsDefined(typeof(CompilerGeneratedAttribute), false))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsDefined(typeof(CompilerGeneratedAttribute), false) && !m.Name.Contains('<', StringComparison.Ordinal));

    /// <summary>A parameter a method could add diagnostics to: a mutable collection of them, or the collector.</summary>
    private static bool CollectsDiagnostics(Type type)
    {
        Type t = type.IsByRef ? type.GetElementType()! : type;
        return typeof(ICollection<Diagnostic>).IsAssignableFrom(t) || t == typeof(RaisedDiagnostics);
    }
}
