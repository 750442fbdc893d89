namespace CamTest.Core.Results;

/// <summary>results.json "fixedPattern": offset and response non-uniformity.</summary>
[FigureCatalog]
public static class FixedPatternFigures
{
    public static readonly FigureDeclaration Dsnu = new("fixedPattern.dsnu", "DSNU", "DSNU", Unit.Electron,
        "Pixel-to-pixel spread of the averaged bias, temporal noise left in the average removed, hot pixels left out, times the gain.");

    public static readonly FigureDeclaration RowNoise = new("fixedPattern.rowNoise", "Row noise", "σ_row", Unit.Electron,
        "Spread of the averaged bias's row means beyond what pixel noise leaves in them, times the gain.");

    public static readonly FigureDeclaration ColumnNoise = new("fixedPattern.columnNoise", "Column noise", "σ_col", Unit.Electron,
        "Spread of the averaged bias's column means beyond what pixel noise leaves in them, times the gain.");

    public static readonly FigureDeclaration Frames = new("fixedPattern.frames", "Bias frames averaged", "L", Unit.Frame,
        "Bias frames the fixed pattern was averaged over.") { Kind = FigureKind.Count };

    public static readonly FigureDeclaration PixelsUsed = new("fixedPattern.pixelsUsed", "Bias pixels used", "N_px", Unit.Pixel,
        "Pixels of the averaged bias used (hot pixels left out).") { Kind = FigureKind.Count };

    public static readonly FigureDeclaration Prnu = new("fixedPattern.prnu", "PRNU (pixel-to-pixel)", "PRNU_px", Unit.Percent,
        "Photo-response non-uniformity after a 5 × 5 high-pass (EMVA 1288 4.0), so smooth shading drops out; error from the spread over tiles.");

    public static readonly FigureDeclaration PrnuTotal = new("fixedPattern.prnuTotal", "PRNU (total, with illumination shading)", "PRNU", Unit.Percent,
        "EMVA 1288 R3's PRNU: everything that varies across the averaged flat, illumination shading included.");

    public static readonly FigureDeclaration PrnuExposure = new("fixedPattern.prnuLevel.exposureMs", "PRNU flat exposure", "t_exp", Unit.Millisecond,
        "Exposure of the flat level the PRNU was measured on.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PrnuSignal = new("fixedPattern.prnuLevel.signalAdu", "PRNU flat signal", "μ_y − μ_y.dark", Unit.Adu,
        "Mean signal above the offset of the pixels used.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PrnuFrames = new("fixedPattern.prnuLevel.frames", "PRNU flat frames", "L", Unit.Frame,
        "Flat frames averaged.") { Kind = FigureKind.Count };

    public static readonly FigureDeclaration PrnuPixelsUsed = new("fixedPattern.prnuLevel.pixelsUsed", "PRNU pixels used", "N_px", Unit.Pixel,
        "Pixels neither hot nor near the clip level.") { Kind = FigureKind.Count };

    public static readonly FigureDeclaration PrnuTiles = new("fixedPattern.prnuLevel.tiles", "PRNU tiles", "N_tiles", Unit.One,
        "Tiles whose spread gives the pixel-to-pixel PRNU's standard error.") { Kind = FigureKind.Count };
}
