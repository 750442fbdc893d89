namespace CamTest.Core.Calculators;

/// <summary>The diffraction limit used for Nyquist sampling.</summary>
public enum NyquistCriterion
{
    /// <summary>0.61 lambda / NA: the protocol's Table 1.</summary>
    Rayleigh,

    /// <summary>lambda / (2 NA): the figure the protocol's text quotes (0.20 um at 550 nm, NA 1.4).</summary>
    Abbe,
}
