namespace CamTest.Core.Tests.Results;

/// <summary>What a property's type is built from, for the tests that walk the results model by reflection
/// (<see cref="ResultsModelIsALeafTests"/>, <see cref="OnlyTheMapperBuildsResultsTests"/>).</summary>
internal static class TypeReferences
{
    /// <summary>The type and every type it is built from (generic arguments, so a nullable's underlying type too, and
    /// element types), recursively.</summary>
    public static IEnumerable<Type> Of(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (Type t in Of(type.GetElementType()!))
            {
                yield return t;
            }
        }

        foreach (Type argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            foreach (Type t in Of(argument))
            {
                yield return t;
            }
        }
    }
}
