namespace CamTest.Core.Results;

/// <summary>
/// Marks a static class whose public static <see cref="FigureDeclaration"/> fields declare an area's figures, so
/// <see cref="FigureCatalog"/> finds them. One catalog class per area (results.json section or module).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FigureCatalogAttribute : Attribute;
