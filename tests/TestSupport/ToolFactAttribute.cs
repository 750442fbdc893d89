namespace CamTest.TestSupport;

/// <summary>
/// A fact that needs outside tools (e.g. a JDK and BeanShell to run the Micro-Manager script headless). Missing tools
/// are installed from Debian's packages where this process may (<see cref="DebianTools"/>); otherwise the test is
/// skipped, naming what is missing and the package that brings it.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    /// <param name="packages">The Debian packages that install the files.</param>
    /// <param name="files">Absolute paths the test runs.</param>
    public ToolFactAttribute(string packages, params string[] files)
    {
        Skip = DebianTools.Ensure(packages, files);
    }
}
