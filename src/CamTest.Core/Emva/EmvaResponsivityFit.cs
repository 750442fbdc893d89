using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>The responsivity R (DN per photon) fitted by <see cref="EmvaResponsivity"/>, and the quantum efficiency
/// eta = R / K it gives.</summary>
public sealed record EmvaResponsivityFit(Quantity R, Quantity Eta);
