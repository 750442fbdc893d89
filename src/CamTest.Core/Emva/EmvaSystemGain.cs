using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>The system gain K (DN/e-) fitted by <see cref="EmvaSystemGainFit"/>, and the points the fit used.</summary>
public sealed record EmvaSystemGain(Quantity K, EmvaPointRange Range);
