namespace CamTest.Core.Results;

/// <summary>results.json "bias": the offset and how steady it stays.</summary>
[FigureCatalog]
public static class BiasFigures
{
    public static readonly FigureDeclaration Level = new("bias.level", "Bias level", "μ_b", Unit.Adu,
        "Mean grey value of the bias frames (no light, shortest exposure): the offset other stacks are measured from. Error: the standard error of the mean of the frame means.");

    public static readonly FigureDeclaration Frames = new("bias.frames", "Bias frames", "N_b", Unit.Frame,
        "Frames in the bias stack.") { Kind = FigureKind.Count };

    public static readonly FigureDeclaration FrameMeans = new("bias.frameMeans[]", "Bias frame mean", "μ_b,i", Unit.Adu,
        "Mean grey value of each bias frame, in acquisition order.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration Drift = new("bias.stability.drift", "Bias drift", "db/di", Unit.AduPerFrame,
        "Slope of a straight line through the bias frame means against frame number.");

    public static readonly FigureDeclaration MaxDeviationAdu = new("bias.stability.maxDeviationAdu", "Bias largest deviation (ADU)", "Δb_max", Unit.Adu,
        "Largest distance of a frame mean from the bias level, ADU; its standard error is maxDeviationAduStdErr.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration MaxDeviationAduStdErr = new("bias.stability.maxDeviationAduStdErr", "Bias largest deviation standard error (ADU)", "s(Δb_max)", Unit.Adu,
        "The single-frame scatter of the bias frame means (the drift line's residual standard deviation): the largest deviation is an extreme of the frames, not a mean, and this says how much of it the next stack would reproduce.")
    {
        Kind = FigureKind.Number,
    };

    public static readonly FigureDeclaration MaxDeviation = new("bias.stability.maxDeviation", "Bias stability (largest deviation)", "Δb_max", Unit.Electron,
        "Largest distance of a frame mean from the bias level, in electrons (times the gain). Error: the single-frame scatter and the gain's error.")
    {
        Criterion = ProtocolCriteria.BiasDeviation,
    };

    public static readonly FigureDeclaration Limit = new("bias.stability.limit", "Bias stability limit", "Δb_lim", Unit.Electron,
        "The protocol's limit on the largest deviation (exact).");

    public static readonly FigureDeclaration FitIntercept = new("bias.stability.fit.intercept", "Bias drift line at frame 0", "b_0", Unit.Adu,
        "Intercept of the straight line through the bias frame means against frame number (ordinary least squares): its value at the first frame.");

    public static readonly FigureDeclaration FitSlope = new("bias.stability.fit.slope", "Bias drift line slope", "db/di", Unit.AduPerFrame,
        "Slope of the same line: the drift.");

    public static readonly FigureDeclaration PatternBlockMeans = new("bias.pattern.blockMeansAdu[]", "Averaged bias", "μ_b(x, y)", Unit.Adu,
        "Mean of the averaged bias (or offset map) over each block of pixels, row-major from the first row: the fixed pattern as a picture.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PatternRowMeans = new("bias.pattern.rowMeansAdu[]", "Bias row mean", "μ_b(y)", Unit.Adu,
        "Mean of each row of the averaged bias: row-to-row offsets show as steps or a slope.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PatternColumnMeans = new("bias.pattern.columnMeansAdu[]", "Bias column mean", "μ_b(x)", Unit.Adu,
        "Mean of each column of the averaged bias: column fixed pattern (one ADC per column on sCMOS) shows as spikes.") { Kind = FigureKind.Number };
}
