using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>The dark mean and temporal variance that belong to one exposure (ADU, ADU^2), and how they were found.</summary>
/// <param name="Interpolated">True when no dark pair was taken at this exposure and the dark series' line gave them.</param>
public sealed record EmvaDarkLevel(Quantity Mean, Quantity Variance, bool Interpolated);
