using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// The declaration of one data-sheet figure: its results.json key under <c>emva</c>, the name and symbol the standard
/// gives it, what it means, and where its value sits in an <see cref="EmvaSection"/>. The report and the console read
/// these, so both show the same figures in the same words.
/// </summary>
public sealed record EmvaFigure(string Key, string Name, string Symbol, string Meaning, Func<EmvaSection, Quantity?> Value);
