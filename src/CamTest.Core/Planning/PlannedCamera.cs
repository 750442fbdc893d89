namespace CamTest.Core.Planning;

/// <summary>The session's "camera" entry. The template's defaults are placeholders for the user to replace.</summary>
public sealed record PlannedCamera(string Name = "camera model #serial", int BitDepth = 16, double PixelSizeUm = 6.5);
