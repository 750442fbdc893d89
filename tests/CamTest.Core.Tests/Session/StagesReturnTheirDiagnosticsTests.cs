using System.Reflection;
using System.Runtime.CompilerServices;
using CamTest.Core.Diagnostics;
using CamTest.Core.Session;
using Xunit.Abstractions;

namespace CamTest.Core.Tests.Session;

/// <summary>
/// The session and EMVA stages return their diagnostics with their findings (<see cref="Diagnosed{T}"/>, or a stage
/// record such as <see cref="GainStageResult"/>) and the caller keeps them in the order the stages run: no method is
/// handed a collection of diagnostics to add to, and none takes more than five parameters. Walks every method declared in
/// CamTest.Core.Session and CamTest.Core.Emva, private ones included; only compiler-generated ones (lambdas, local
/// functions, a record's Deconstruct) are left out. No method anywhere in CamTest.Core returns a tuple: what one method
/// gives another is a named record (ReducedDark, EmvaSystemGain, BadPixelLimits, ...) whose name says what it is.
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
    public void No_method_in_core_returns_a_tuple_private_and_nested_ones_included()
    {
        // The stages (Session, Emva) and everything they call: public, private, in nested types, in kernels. Only
        // compiler-generated methods are left out (a lambda's tuple is the lambda's business).
        MethodInfo[] methods = [.. CoreMethods()];
        Assert.Contains(methods, m => m.DeclaringType == typeof(StackReducer) && m.IsPrivate);
        string[] found = [.. methods.Where(m => IsTuple(m.ReturnType))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name} returns {m.ReturnType.Name}")];
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
        Assert.True(IsTuple(typeof(ValueTuple<,>).MakeGenericType(typeof(List<>).GetGenericArguments()[0], typeof(int))));
        Assert.False(IsTuple(typeof(List<>).GetGenericArguments()[0]));
    }

    private void Report(IEnumerable<string> found)
    {
        foreach (string f in found)
        {
            output.WriteLine(f);
        }
    }

    private static IEnumerable<MethodInfo> StageMethods() => CoreMethods().Where(m => m.DeclaringType!.Namespace is { } ns && Stages.Contains(ns));

    /// <summary>Every method written in CamTest.Core (private, nested and generic ones included); not the compiler's.</summary>
    private static IEnumerable<MethodInfo> CoreMethods() =>
        typeof(SessionAnalysis).Assembly.GetTypes()
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute), false) && !t.Name.Contains('<', StringComparison.Ordinal))
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
        // By the generic definition: a method's own type parameter (T) has no full name, a tuple of one (T, T) is a tuple.
        return t.IsGenericType && t.GetGenericTypeDefinition().FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal);
    }

    /// <summary>A parameter a method could add diagnostics to: a mutable collection of them, or the collector.</summary>
    private static bool CollectsDiagnostics(Type type)
    {
        Type t = type.IsByRef ? type.GetElementType()! : type;
        return typeof(ICollection<Diagnostic>).IsAssignableFrom(t) || t == typeof(RaisedDiagnostics);
    }
}
