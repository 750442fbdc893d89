using CamTest.Core.Diagnostics;
using CamTest.Core.Results;

namespace CamTest.Core.Calculators;

/// <summary>
/// What a calculator returns: one headline figure (value, unit and standard error in one <see cref="Results.Quantity"/>;
/// the error is null when the inputs carry no uncertainty), the formula in words, the inputs it used, further derived
/// figures and notes for the reader.
/// </summary>
public sealed record CalculatorResult
{
    public required string Name { get; init; }

    /// <summary>The headline figure; its unit is written as <see cref="CalculatorUnits"/> spell it.</summary>
    public required Quantity Quantity { get; init; }

    public required string Formula { get; init; }

    public IReadOnlyDictionary<string, double> Inputs { get; init; } = new Dictionary<string, double>();

    /// <summary>Other quantities the calculation yields on the way (e.g. the noise terms of an SNR).</summary>
    public IReadOnlyList<DerivedQuantity> Derived { get; init; } = [];

    /// <summary>What the formula means whatever the inputs (e.g. which readout sCMOS shortens).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>What these inputs make of the answer (e.g. a signal below the bias), each with its code
    /// (<see cref="CalculatorDiagnostics"/>); printed after the notes, in the same way.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}
