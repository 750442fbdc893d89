namespace CamTest.Core.Diagnostics;

/// <summary>
/// Marks a static class whose public static <see cref="DiagnosticCode"/> fields are an area's diagnostic codes, so
/// <see cref="DiagnosticCatalog"/> finds them. One catalog class per area, in that area's own folder.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DiagnosticCatalogAttribute : Attribute;
