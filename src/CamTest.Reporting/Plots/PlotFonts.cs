using System.Reflection;
using ScottPlot;
using SkiaSharp;

namespace CamTest.Reporting.Plots;

/// <summary>
/// Registers the bundled DejaVu Sans (Fonts/DejaVuSans.ttf, Bitstream Vera licence beside it) with ScottPlot, so
/// plot text renders the same on a machine without any installed fonts, where it would otherwise silently vanish.
/// </summary>
public static class PlotFonts
{
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<SKData> FontData = new(LoadFont);
    private static readonly object Gate = new();
    private static bool _registered;

    /// <summary>Adds the bundled font to ScottPlot's resolvers once, ahead of system fonts, and makes it the default.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
            Fonts.Default = Family;
            _registered = true;
        }
    }

    /// <summary>A typeface from the bundled file, for tests that check the font really loads.</summary>
    public static SKTypeface CreateTypeface() => SKTypeface.FromData(FontData.Value);

    private static SKData LoadFont()
    {
        const string name = "CamTest.Reporting.Fonts.DejaVuSans.ttf";
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded font {name} is missing from the build");
        return SKData.Create(stream);
    }

    private sealed class EmbeddedFontResolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            Matches(fontName) ? PlotFonts.CreateTypeface() : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            Matches(fontName) ? PlotFonts.CreateTypeface() : null;

        private static bool Matches(string fontName) => string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase);
    }
}
