using CamTest.Core.Diagnostics;

namespace CamTest.Core.Calculators;

/// <summary>
/// What a calculator returns: one headline quantity with its unit (and standard error when the inputs allow one),
/// the formula in words, the inputs it used, further derived quantities and notes for the reader.
/// </summary>
public sealed record CalculatorResult
{
    public required string Name { get; init; }

    public required double Value { get; init; }

    public required string Unit { get; init; }

    /// <summary>Standard error of <see cref="Value"/>; null when the inputs carry no uncertainty.</summary>
    public double? Stderr { get; init; }

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
