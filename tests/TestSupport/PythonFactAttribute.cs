namespace CamTest.TestSupport;

/// <summary>
/// A fact that checks CamTest against an independent Python reader (numpy, tifffile, astropy): the modules are
/// installed from Debian's python3-* packages where this process may (<see cref="DebianTools"/>), otherwise the test
/// is skipped with the reason.
/// </summary>
public sealed class PythonFactAttribute : FactAttribute
{
    public PythonFactAttribute(params string[] modules)
    {
        Skip = DebianTools.EnsurePython(modules);
    }
}
