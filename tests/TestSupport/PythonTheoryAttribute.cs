namespace CamTest.TestSupport;

/// <summary>A theory that, like <see cref="PythonFactAttribute"/>, needs Python modules (numpy, tifffile, astropy):
/// installed from Debian's python3-* packages where this process may, otherwise skipped with the reason.</summary>
public sealed class PythonTheoryAttribute : TheoryAttribute
{
    public PythonTheoryAttribute(params string[] modules)
    {
        Skip = DebianTools.EnsurePython(modules);
    }
}
