namespace CamTest.Core.Maps;

/// <summary>Why a pixel is in the bad-pixel list (flags: a pixel can be bad for several reasons).</summary>
[Flags]
public enum BadPixelReason : byte
{
    None = 0,

    /// <summary>A map value is NaN or infinite (e.g. a flat level whose signal equals the offset).</summary>
    NonFinite = 1,

    /// <summary>The fitted gain is zero or negative: the pixel does not respond to light.</summary>
    NonPositiveGain = 2,

    /// <summary>The offset lies beyond the robust threshold (<see cref="BadPixelFinder.Sigmas"/> robust sigmas from the median).</summary>
    Offset = 4,

    /// <summary>The dark variance lies beyond the robust threshold (a noisy, telegraph-noise or dead pixel).</summary>
    Variance = 8,
}
