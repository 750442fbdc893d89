namespace CamTest.TestSupport;

/// <summary>
/// A fact that reads the full real data sets in ../shared/data: it runs wherever they are (CI, a developer's machine)
/// and is reported skipped, with the reason, on a checkout without them (a fresh clone).
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!TestPaths.HasSharedData)
        {
            Skip = TestPaths.SharedDataMissing;
        }
    }
}
