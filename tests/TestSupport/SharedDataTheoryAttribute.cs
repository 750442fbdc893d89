namespace CamTest.TestSupport;

/// <summary>The theory counterpart of <see cref="SharedDataFactAttribute"/>: skipped, with the reason, without ../shared/data.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!TestPaths.HasSharedData)
        {
            Skip = TestPaths.SharedDataMissing;
        }
    }
}
