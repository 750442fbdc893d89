namespace CamTest.Core.Results;

/// <summary>results.json "readNoise".</summary>
[FigureCatalog]
public static class ReadNoiseFigures
{
    public static readonly FigureDeclaration Rms = new("readNoise.rms", "Read noise (rms)", "σ_r", Unit.Electron,
        "Temporal noise without light, std(A − B)/√2 over bias frame pairs as an rms over pixels, rounding's 1/12 ADU² removed, times the gain.");

    public static readonly FigureDeclaration RmsAdu = new("readNoise.rmsAdu", "Read noise (rms, ADU)", "σ_r", Unit.Adu,
        "The rms read noise in ADU, rounding's 1/12 ADU² removed.");

    public static readonly FigureDeclaration DarkNoiseAdu = new("readNoise.darkNoiseAdu", "Dark noise as measured", "σ_y.dark", Unit.Adu,
        "What the bias pairs measure before the rounding correction, std(A − B)/√2 (EMVA 1288's σ_y.dark).");

    public static readonly FigureDeclaration Median = new("readNoise.median", "Read noise (median pixel)", "σ_r,med", Unit.Electron,
        "Median over pixels of each pixel's own temporal noise, times the gain: the typical sCMOS pixel, which the rms (pulled up by noisy pixels) is not.");

    public static readonly FigureDeclaration MedianAdu = new("readNoise.medianAdu", "Read noise (median pixel, ADU)", "σ_r,med", Unit.Adu,
        "The median pixel's read noise in ADU.");

    public static readonly FigureDeclaration Pairs = new("readNoise.pairs", "Bias frame pairs", "N_pairs", Unit.One,
        "Frame pairs the rms was averaged over.") { Kind = FigureKind.Count };
}
