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
        "Largest distance of a frame mean from the bias level, ADU.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration MaxDeviation = new("bias.stability.maxDeviation", "Bias stability (largest deviation)", "Δb_max", Unit.Electron,
        "Largest distance of a frame mean from the bias level, in electrons (times the gain). Error: the single-frame scatter and the gain's error.")
    {
        Criterion = ProtocolCriteria.BiasDeviation,
    };

    public static readonly FigureDeclaration Limit = new("bias.stability.limit", "Bias stability limit", "Δb_lim", Unit.Electron,
        "The protocol's limit on the largest deviation (exact).");
}
