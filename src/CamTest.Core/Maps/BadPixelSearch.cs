namespace CamTest.Core.Maps;

/// <summary>What <see cref="BadPixelFinder.Find"/> found: each pixel's reasons for being bad (none for a good one), and
/// the limits of the offset and variance maps it was judged by.</summary>
public sealed record BadPixelSearch(BadPixelReason[] Reasons, BadPixelLimits OffsetLimits, BadPixelLimits VarianceLimits);
