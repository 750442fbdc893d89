using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>A declared data-sheet figure and where its value sits in an <see cref="EmvaSection"/>.</summary>
public sealed record EmvaFigure(FigureDeclaration Declaration, Func<EmvaSection, Quantity?> Value);
