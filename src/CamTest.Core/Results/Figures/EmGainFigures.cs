namespace CamTest.Core.Results;

/// <summary>results.json "emGain".</summary>
[FigureCatalog]
public static class EmGainFigures
{
    public static readonly FigureDeclaration Factor = new("emGain.factor", "EM gain", "M", Unit.Times,
        "Bias-subtracted signal per unit exposure of the amplified stack over that of the reference (EM gain 1) stack.");

    public static readonly FigureDeclaration FactorFromNoise = new("emGain.factorFromNoise", "EM gain (noise method)", "M_σ", Unit.Times,
        "From the amplified frames' mean-variance relation with the excess noise factor F² = 2 − 1/M.");

    public static readonly FigureDeclaration SetPoint = new("emGain.setPoint", "EM gain set point", "M_set", Unit.Times,
        "The EM gain set on the camera for the amplified stack.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration AdvisedMin = new("emGain.advisedMin", "Advised EM gain (low)", "M_adv,lo", Unit.Times,
        "4 × the rms read noise in electrons, at most 300 (the protocol's advice).") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration AdvisedMax = new("emGain.advisedMax", "Advised EM gain (high)", "M_adv,hi", Unit.Times,
        "5 × the rms read noise in electrons, at most 300.") { Kind = FigureKind.Number };
}
