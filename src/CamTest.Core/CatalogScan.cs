using System.Collections.Concurrent;
using System.Reflection;

namespace CamTest.Core;

/// <summary>
/// Finds the declarations an area makes in its own catalog class (figures, diagnostic codes) without a central list:
/// every static class marked with the catalog's attribute, in CamTest.Core and in every loaded assembly that references
/// it, contributes its public static fields and properties of the declared type. A report, an EMVA module or a history
/// store adds a catalog by adding a file; nothing else changes.
/// </summary>
internal static class CatalogScan
{
    private static readonly ConcurrentDictionary<(Assembly, Type, Type), object[]> Cache = new();

    /// <summary>Every <typeparamref name="T"/> declared by a class carrying <paramref name="attribute"/>, in a stable order
    /// (assembly, then class, then declaration order).</summary>
    public static IReadOnlyList<T> All<T>(Type attribute)
    {
        Assembly core = typeof(CatalogScan).Assembly;
        string coreName = core.GetName().Name!;
        IEnumerable<Assembly> assemblies = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a == core || (!a.IsDynamic && a.GetReferencedAssemblies().Any(r => r.Name == coreName)))
            .OrderBy(a => a == core ? 0 : 1)
            .ThenBy(a => a.GetName().Name, StringComparer.Ordinal);
        return [.. assemblies.SelectMany(a => In<T>(a, attribute))];
    }

    /// <summary>The <typeparamref name="T"/> values one catalog class declares, in declaration order.</summary>
    public static IReadOnlyList<T> Of<T>(Type catalog) =>
        [.. catalog.GetMembers(BindingFlags.Public | BindingFlags.Static)
            .OrderBy(m => m.MetadataToken)
            .Select(m => m switch
            {
                FieldInfo f when f.FieldType == typeof(T) => f.GetValue(null),
                PropertyInfo p when p.PropertyType == typeof(T) && p.GetIndexParameters().Length == 0 => p.GetValue(null),
                _ => null,
            })
            .OfType<T>()];

    private static IEnumerable<T> In<T>(Assembly assembly, Type attribute) =>
        Cache.GetOrAdd((assembly, attribute, typeof(T)), key => [.. Types(key.Item1)
            .Where(t => t.IsDefined(key.Item2, inherit: false))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => Of<T>(t).Cast<object>())]).Cast<T>();

    private static IEnumerable<Type> Types(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }
}
