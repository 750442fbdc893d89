using CamTest.Core.Results;

namespace CamTest.History.Recording;

/// <summary>
/// One analysis run, read from its results.json and ready to store: the camera, when it was acquired and analysed,
/// the conditions, every figure, and the content hash that makes adding the same results twice add nothing.
/// </summary>
/// <param name="Acquired">When the session was acquired (UTC), or null when nothing says.</param>
/// <param name="Source">Where the results came from (a results.json path), for the record.</param>
/// <param name="ResultsJson">The results.json text itself, kept so that the run's full results can be read back.</param>
public sealed record RecordedRun(
    CameraIdentity Camera,
    DateTimeOffset? Acquired,
    string? AcquiredFrom,
    DateTimeOffset? Analysed,
    string? Software,
    RunConditions Conditions,
    IReadOnlyList<Figure> Figures,
    string ContentHash,
    string Source,
    string ResultsJson);
