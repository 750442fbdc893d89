namespace CamTest.Core.Calculators;

/// <summary>A secondary figure a calculator reports beside its headline value.</summary>
public sealed record DerivedQuantity(string Name, double Value, string Unit, double? Stderr = null);
