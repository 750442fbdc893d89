namespace CamTest.Core.Calculators;

/// <summary>One sample of a line profile: distance from the start (pixels), position, grey level, and electrons when converted.</summary>
public sealed record ProfilePoint(double Distance, double X, double Y, double Grey, double? Electrons);
