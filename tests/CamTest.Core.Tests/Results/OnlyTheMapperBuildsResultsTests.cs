using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using CamTest.Core.Results;
using CamTest.Core.Session;
using Xunit.Abstractions;

namespace CamTest.Core.Tests.Results;

/// <summary>
/// results.json's records are built in one place, <see cref="ResultsMapper"/>: the analyses and stages return their own
/// results and the mapper writes the contract from them. Reads the compiled code (IL) of every method in CamTest.Core -
/// lambdas, local functions, iterators and accessors included, each counted as the type it is written in - and fails
/// on any that creates a results record outside the mapper and the Results namespace itself: <c>new X(...)</c>, a
/// target-typed <c>new(...)</c>, an object initialiser, or a <c>with</c> expression (a copy with changes). The IL rather
/// than the source text, because a target-typed <c>new(...)</c> names no type in the source; its constructor call does.
/// A results record is every type the results.json document (<see cref="CameraResults"/>) is built from, found by
/// walking its properties, except the measurement algebra's <see cref="Quantity"/> and <see cref="Unit"/>, which every
/// analysis computes with.
/// </summary>
public class OnlyTheMapperBuildsResultsTests(ITestOutputHelper output)
{
    [Fact]
    public void No_code_outside_the_mapper_builds_a_results_record()
    {
        HashSet<Type> records = ResultsRecords();
        Type[] scanned = [.. typeof(ResultsMapper).Assembly.GetTypes().Where(t => !IsAllowedToBuild(Owner(t)))];
        string[] found = [.. Builds(scanned, records).Select(c => c.ToString())];
        foreach (string f in found)
        {
            output.WriteLine(f);
        }

        Assert.Empty(found);
    }

    [Fact]
    public void The_results_records_are_the_types_results_json_is_built_from()
    {
        HashSet<Type> records = ResultsRecords();
        // Sections, their rows and parts, the EMVA section and its parts, the run record and the diagnostics rows.
        Type[] expected = [typeof(CameraResults), typeof(TimingSection), typeof(HistogramSection), typeof(FittedLineSection), typeof(GainPoint),
            typeof(EmvaSection), typeof(EmvaSaturation), typeof(RunInput), typeof(ReportedDiagnostic), typeof(StatedComparison)];
        Assert.All(expected, t => Assert.Contains(t, records));
        // The algebra and the figure declarations are not results records.
        Assert.DoesNotContain(typeof(Quantity), records);
        Assert.DoesNotContain(typeof(Unit), records);
        Assert.DoesNotContain(typeof(FigureDeclaration), records);
    }

    [Fact]
    public void The_check_sees_every_way_of_building_a_record_and_passes_code_that_only_reads_one()
    {
        // Each method of Violations builds a record one way; Clean only reads one. The check must name exactly the four.
        string[] found = [.. Builds([.. AndNested(typeof(Violations))], ResultsRecords()).Select(c => c.ToString())];
        foreach (string f in found)
        {
            output.WriteLine(f);
        }

        Assert.Contains(found, f => f.Contains($"{nameof(Violations.Explicit)} builds {nameof(TimingSection)}", StringComparison.Ordinal));
        Assert.Contains(found, f => f.Contains($"{nameof(Violations.TargetTyped)} builds {nameof(BiasPatternSection)}", StringComparison.Ordinal));
        Assert.Contains(found, f => f.Contains($"{nameof(Violations.Copied)} copies {nameof(GainSection)}", StringComparison.Ordinal));
        // A lambda compiles to a method of a hidden class: it still counts as Violations'.
        Assert.Contains(found, f => f.StartsWith(nameof(Violations), StringComparison.Ordinal) && f.EndsWith($"builds {nameof(HotPixelEntry)}", StringComparison.Ordinal));
        Assert.DoesNotContain(found, f => f.Contains(nameof(Violations.Clean), StringComparison.Ordinal));
        Assert.Equal(4, found.Length);
    }

    /// <summary>The mapper, and the Results namespace itself (records' own copy constructors, the document's defaults).</summary>
    private static bool IsAllowedToBuild(Type owner) => owner == typeof(ResultsMapper) || owner.Namespace == typeof(CameraResults).Namespace;

    /// <summary>Every type the document is built from: its properties' types, their element and generic argument types,
    /// recursively, in the Results namespace; less the algebra.</summary>
    private static HashSet<Type> ResultsRecords()
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(CameraResults)]);
        while (pending.TryPop(out Type? type))
        {
            if (type.Namespace != typeof(CameraResults).Namespace || type == typeof(Quantity) || type == typeof(Unit) || !found.Add(type))
            {
                continue;
            }

            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                foreach (Type t in TypeReferences.Of(property.PropertyType))
                {
                    pending.Push(t);
                }
            }
        }

        return found;
    }

    /// <summary>The type a method is written in: compiler-generated classes (lambdas' closures, iterators, async state
    /// machines) count as the type that holds them.</summary>
    private static Type Owner(Type type)
    {
        Type t = type;
        while (t.DeclaringType is { } outer && (t.IsDefined(typeof(CompilerGeneratedAttribute), false) || t.Name.Contains('<', StringComparison.Ordinal)))
        {
            t = outer;
        }

        return t;
    }

    private static IEnumerable<Type> AndNested(Type type) => type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(AndNested).Prepend(type);

    /// <summary>Every construction (or copy, for a with expression) of a record in the types' methods.</summary>
    private static IEnumerable<Construction> Builds(IEnumerable<Type> types, HashSet<Type> records)
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (Type type in types)
        {
            IEnumerable<MethodBase> methods = type.GetMethods(declared).Cast<MethodBase>().Concat(type.GetConstructors(declared));
            foreach (MethodBase method in methods)
            {
                foreach (MethodBase called in CalledMethods(method))
                {
                    if (called.DeclaringType is { } target && records.Contains(target))
                    {
                        if (called.IsConstructor || called.Name == "<Clone>$")
                        {
                            yield return new Construction(Owner(type), method.Name, target, Copy: !called.IsConstructor);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The methods and constructors a method's IL calls (call, callvirt, newobj), read opcode by opcode so an
    /// operand is never taken for an instruction.</summary>
    private static IEnumerable<MethodBase> CalledMethods(MethodBase method)
    {
        byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        Type[]? typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        Type[]? methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int i = 0;
        while (i < il.Length)
        {
            OpCode op = OpCodesByValue[il[i] == 0xFE ? unchecked((short)(0xFE00 | il[i + 1])) : il[i]];
            i += op.Size;
            if (op.OperandType == OperandType.InlineMethod && (op == OpCodes.Newobj || op == OpCodes.Call || op == OpCodes.Callvirt))
            {
                MethodBase? called = Resolve(method.Module, BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                if (called is not null)
                {
                    yield return called;
                }
            }

            i += OperandSize(op.OperandType, il, i);
        }
    }

    private static MethodBase? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMethod(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            // A generic method of an open type the context cannot close: not a record's constructor either way.
            return null;
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int at) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    /// <summary>Every opcode by its value (two-byte ones are 0xFE00 | the second byte).</summary>
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(op => op.Value);

    /// <summary>A record built (or copied) by a method of <paramref name="Owner"/>.</summary>
    private sealed record Construction(Type Owner, string Method, Type Record, bool Copy)
    {
        public override string ToString() => $"{Owner.Name}.{Method} {(Copy ? "copies" : "builds")} {Record.Name}";
    }

    /// <summary>Code that breaks the rule four ways, and one method that keeps it, for the check to be checked on.</summary>
    private static class Violations
    {
        public static TimingSection Explicit() =>
            new TimingSection(Quantity.Exact(1, Unit.FramesPerSecond), Quantity.Exact(1, Unit.Millisecond), null, "hardware", "bias");

        public static int TargetTyped()
        {
            BiasPatternSection pattern = new(1, 1, 1, 1, [], [], []);
            return pattern.Rows;
        }

        public static GainSection Copied(GainSection gain) => gain with { OffsetSubtracted = false };

        public static IEnumerable<HotPixelEntry> InALambda(IEnumerable<int> xs) => xs.Select(x => new HotPixelEntry(x, 0, 1, 1));

        public static double Clean(TimingSection timing) => timing.FrameRate.Value;
    }
}
