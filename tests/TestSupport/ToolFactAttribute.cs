namespace CamTest.TestSupport;

/// <summary>
/// A fact that needs outside tools (e.g. a JDK and BeanShell to run the Micro-Manager script headless): skipped,
/// naming what is missing and the Debian package that brings it, where any of the files is absent.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    /// <param name="packages">The Debian packages that install the files, for the skip reason.</param>
    /// <param name="files">Absolute paths the test runs.</param>
    public ToolFactAttribute(string packages, params string[] files)
    {
        string[] missing = [.. files.Where(f => !File.Exists(f))];
        if (missing.Length > 0)
        {
            Skip = $"needs {string.Join(", ", missing)} (apt-get install {packages})";
        }
    }
}
