using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>The saturation capacity (<see cref="EmvaSaturationCapacity"/>) in photons (null without photon counts)
/// and in electrons.</summary>
public sealed record EmvaCapacity(Quantity? Photons, Quantity Electrons);
