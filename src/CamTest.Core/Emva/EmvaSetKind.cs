namespace CamTest.Core.Emva;

/// <summary>What an EMVA 1288 image set measures: temporal pairs (bright or dark) or a spatial set (many frames, averaged).</summary>
public enum EmvaSetKind
{
    /// <summary>Frames taken in pairs with light: the photon transfer series.</summary>
    BrightPairs,

    /// <summary>Frames taken in pairs without light: the dark signal and dark noise at one exposure.</summary>
    DarkPairs,

    /// <summary>Many frames with light at one level, averaged for PRNU.</summary>
    BrightSpatial,

    /// <summary>Many frames without light, averaged for DSNU.</summary>
    DarkSpatial,
}
