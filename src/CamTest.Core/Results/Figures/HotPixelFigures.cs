namespace CamTest.Core.Results;

/// <summary>results.json "hotPixels".</summary>
[FigureCatalog]
public static class HotPixelFigures
{
    public static readonly FigureDeclaration Count = new("hotPixels.count", "Hot pixels", "N_hot", Unit.One,
        "Pixels whose dark signal stands 5 σ of their own noise above the frame in at least 80 % of the long darks.") { Kind = FigureKind.Count };

    public static readonly FigureDeclaration PersistentCount = new("hotPixels.persistentCount", "Hot pixels in every frame", "N_hot,all", Unit.One,
        "Hot pixels that stood out in every long dark frame (the protocol: they stay in the same place).") { Kind = FigureKind.Count };

    public static readonly FigureDeclaration Threshold = new("hotPixels.threshold", "Hot-pixel threshold", "I_hot", Unit.ElectronsPerPixelPerSecond,
        "Dark rate above which a pixel of typical read noise counts as hot in a frame (a noisier pixel's own threshold is higher). Error: the spread over frames and the gain's error.");

    public static readonly FigureDeclaration Frames = new("hotPixels.frames", "Long dark frames", "N_f", Unit.Frame,
        "Long dark frames examined.") { Kind = FigureKind.Count };

    public static readonly FigureDeclaration Exposure = new("hotPixels.exposureMs", "Long dark exposure", "t_exp", Unit.Millisecond,
        "Exposure of the long darks.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PixelX = new("hotPixels.pixels[].x", "Column", "x", Unit.Pixel,
        "Column of the hot pixel, from 0.") { Kind = FigureKind.Count };

    public static readonly FigureDeclaration PixelY = new("hotPixels.pixels[].y", "Row", "y", Unit.Pixel,
        "Row of the hot pixel, from 0.") { Kind = FigureKind.Count };

    public static readonly FigureDeclaration PixelRate = new("hotPixels.pixels[].rateEPerS", "Hot pixel rate", "I_px", Unit.Electron / Unit.Second,
        "The pixel's mean dark signal over the long darks per second, times the gain.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PixelFramesHot = new("hotPixels.pixels[].framesHot", "Frames hot", "n_hot", Unit.Frame,
        "Long dark frames in which the pixel stood out.") { Kind = FigureKind.Count };

    public static readonly FigureDeclaration DarkHistogram = new("hotPixels.darkHistogram.counts[]", "Pixel dark rate", "I_px", Unit.ElectronsPerPixelPerSecond,
        "Histogram of every pixel's mean dark rate over the long darks, bias subtracted (hot pixels included), at the gain's value; bins from darkHistogram.lower, darkHistogram.binWidth wide.")
    {
        Kind = FigureKind.Count,
    };
}
