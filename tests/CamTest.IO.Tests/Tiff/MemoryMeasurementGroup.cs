namespace CamTest.IO.Tests.Tiff;

/// <summary>
/// Tests that measure process-wide GC counters run alone: other tests allocating in parallel would blur them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementGroup
{
    public const string Name = "Memory measurements";
}
