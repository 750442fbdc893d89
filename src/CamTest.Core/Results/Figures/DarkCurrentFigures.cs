namespace CamTest.Core.Results;

/// <summary>results.json "darkCurrent".</summary>
[FigureCatalog]
public static class DarkCurrentFigures
{
    public static readonly FigureDeclaration Rate = new("darkCurrent.rate", "Dark current", "I_d", Unit.ElectronsPerPixelPerSecond,
        "Slope of the (hot-pixel-free, clipped) dark mean against exposure, times the gain.");

    public static readonly FigureDeclaration RateFromNoise = new("darkCurrent.rateFromNoise", "Dark current (noise method)", "I_d,σ", Unit.ElectronsPerPixelPerSecond,
        "Dark shot variance (total minus read variance, in quadrature) per second, times the gain squared: thermal electrons are Poisson, so their variance in e-² is their number.");

    public static readonly FigureDeclaration RateAdu = new("darkCurrent.rateAdu", "Dark current (ADU)", "I_d", Unit.AduPerPixelPerSecond,
        "Slope of the dark mean against exposure in ADU: what darks say without a gain.");

    public static readonly FigureDeclaration RateFromNoiseAdu2 = new("darkCurrent.rateFromNoiseAdu2", "Dark shot variance rate", "dσ²/dt", Unit.Adu2PerPixelPerSecond,
        "Dark shot variance per second in ADU².");

    public static readonly FigureDeclaration PointExposure = new("darkCurrent.points[].exposureS", "Dark exposure", "t_exp", Unit.Second,
        "Exposure of the dark level.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PointMean = new("darkCurrent.points[].meanAdu", "Dark mean", "μ_y.dark", Unit.Adu,
        "Clipped mean of the dark frames, hot pixels left out; its standard error is meanStdErr.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PointMeanStdErr = new("darkCurrent.points[].meanStdErr", "Dark mean standard error", "s(μ_y.dark)", Unit.Adu,
        "Standard error of the dark mean (spread of the frame means).") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PointVariance = new("darkCurrent.points[].varianceAdu2", "Dark temporal variance", "σ²_y.dark", Unit.Adu2,
        "Clipped temporal variance from dark frame pairs; its standard error is varianceStdErr.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PointVarianceStdErr = new("darkCurrent.points[].varianceStdErr", "Dark variance standard error", "s(σ²_y.dark)", Unit.Adu2,
        "Standard error of the dark temporal variance.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration MeanFitIntercept = new("darkCurrent.meanFit.intercept", "Dark mean at zero exposure", "μ_y.dark(0)", Unit.Adu,
        "Intercept of the mean method's line (dark mean against exposure): the offset the dark signal grows from.");

    public static readonly FigureDeclaration MeanFitSlope = new("darkCurrent.meanFit.slope", "Dark mean slope", "dμ/dt", Unit.AduPerPixelPerSecond,
        "Slope of the same line: the dark current in ADU.");

    public static readonly FigureDeclaration NoiseFitIntercept = new("darkCurrent.noiseFit.intercept", "Dark variance at zero exposure", "σ²_y.dark(0)", Unit.Adu2,
        "Intercept of the noise method's weighted line (dark variance against exposure): the read variance.");

    public static readonly FigureDeclaration NoiseFitSlope = new("darkCurrent.noiseFit.slope", "Dark variance slope", "dσ²/dt", Unit.Adu2PerPixelPerSecond,
        "Slope of the same line: the dark shot variance per second.");
}
