using System.Reflection;
using System.Runtime.CompilerServices;
using CamTest.Core.Diagnostics;
using CamTest.Core.Session;
using Xunit.Abstractions;

namespace CamTest.Core.Tests.Session;

/// <summary>
/// The session and EMVA stages return their diagnostics with their findings (<see cref="Diagnosed{T}"/>, or a stage
/// record such as <see cref="GainStageResult"/>) and the caller keeps them in the order the stages run: no method is
/// handed a collection of diagnostics to add to, none takes more than five parameters, and no stage returns a tuple.
/// Walks every method declared in CamTest.Core.Session and CamTest.Core.Emva, private ones included; only
/// compiler-generated ones (lambdas, local functions, a record's Deconstruct) are left out.
/// </summary>
public class StagesReturnTheirDiagnosticsTests(ITestOutputHelper output)
{
    private const int MostParameters = 5;

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
    public void No_stage_method_is_handed_a_mutable_collection()
    {
        // Nothing is added to a list another method owns: inputs are read-only views (arrays of pixels aside).
        string[] found = [.. StageMethods().SelectMany(m => m.GetParameters().Where(p => IsMutableCollection(p.ParameterType))
            .Select(p => $"{m.DeclaringType!.Name}.{m.Name}: parameter {p.Name} ({p.ParameterType.Name})"))];
        Report(found);
        Assert.Empty(found);
    }

    [Fact]
    public void No_stage_method_takes_more_than_five_parameters()
    {
        // Related inputs travel as one record (GainStageResult into PrnuStage, StackUnderCheck into FrameSanity).
        string[] found = [.. StageMethods().Where(m => m.GetParameters().Length > MostParameters)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}: {m.GetParameters().Length} parameters")];
        Report(found);
        Assert.Empty(found);
    }

    [Fact]
    public void No_stage_returns_a_tuple()
    {
        // What a stage gives the next is a named record (ReducedDark, EmvaSystemGain, ...), not a tuple; private helpers
        // and the private types inside a stage may still return one.
        string[] found = [.. StageMethods()
            .Where(m => !m.DeclaringType!.IsNested && (m.IsPublic || m.IsAssembly) && IsTuple(m.ReturnType))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name} returns {m.ReturnType.Name}")];
        Report(found);
        Assert.Empty(found);
    }

    [Fact]
    public void The_checks_see_every_collection_diagnostics_can_be_added_to_and_every_tuple()
    {
        // List<Diagnostic>, ICollection/IList<Diagnostic> and the local collector are mutable; read-only views are not.
        // A tuple is seen bare and nullable; a record is not one.
        Assert.True(CollectsDiagnostics(typeof(List<Diagnostic>)));
        Assert.True(CollectsDiagnostics(typeof(ICollection<Diagnostic>)));
        Assert.True(CollectsDiagnostics(typeof(IList<Diagnostic>)));
        Assert.True(CollectsDiagnostics(typeof(RaisedDiagnostics)));
        Assert.True(CollectsDiagnostics(typeof(List<Diagnostic>).MakeByRefType()));
        Assert.False(CollectsDiagnostics(typeof(IReadOnlyList<Diagnostic>)));
        Assert.False(CollectsDiagnostics(typeof(IEnumerable<Diagnostic>)));
        Assert.True(IsMutableCollection(typeof(List<int>)));
        Assert.True(IsMutableCollection(typeof(Dictionary<double, int>)));
        Assert.True(IsMutableCollection(typeof(HashSet<int>)));
        Assert.False(IsMutableCollection(typeof(IReadOnlyDictionary<double, int>)));
        Assert.False(IsMutableCollection(typeof(IReadOnlyList<int>)));
        Assert.False(IsMutableCollection(typeof(double[])));
        Assert.True(IsTuple(typeof((int, double))));
        Assert.True(IsTuple(typeof((int, double)?)));
        Assert.False(IsTuple(typeof(GainStageResult)));
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

    /// <summary>A list, set or dictionary that can be added to (arrays, fixed in length, are not).</summary>
    private static bool IsMutableCollection(Type type)
    {
        Type t = type.IsByRef ? type.GetElementType()! : type;
        Type[] mutable = [typeof(ICollection<>), typeof(IDictionary<,>)];
        return !t.IsArray && t.GetInterfaces().Append(t).Any(i => i.IsGenericType && mutable.Contains(i.GetGenericTypeDefinition()));
    }

    private static bool IsTuple(Type type)
    {
        Type t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsGenericType && t.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal);
    }

    /// <summary>A parameter a method could add diagnostics to: a mutable collection of them, or the collector.</summary>
    private static bool CollectsDiagnostics(Type type)
    {
        Type t = type.IsByRef ? type.GetElementType()! : type;
        return typeof(ICollection<Diagnostic>).IsAssignableFrom(t) || t == typeof(RaisedDiagnostics);
    }
}
