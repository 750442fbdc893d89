namespace CamTest.Core.Maps;

/// <summary>The range a map's value must lie in for its pixel to be ordinary (<see cref="BadPixelFinder.Limits"/>).</summary>
public readonly record struct BadPixelLimits(double Low, double High);
