using CamTest.Core.Results;

namespace CamTest.Reporting.Compare;

/// <summary>One camera in a comparison: the name it is shown under, its analysis, and where that came from.</summary>
public sealed record ComparedCamera(string Label, CameraResults Results, string Source);
