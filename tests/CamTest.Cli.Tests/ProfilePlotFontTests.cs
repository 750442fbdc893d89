using System.Diagnostics;
using CamTest.TestSupport;
using SkiaSharp;

namespace CamTest.Cli.Tests;

/// <summary>
/// Plot text must not depend on installed fonts. SkiaSharp's Linux build scans /usr/share/fonts itself (fontconfig
/// settings do not hide fonts from it), so camtest runs in a private mount namespace where an empty folder is
/// bind-mounted over /usr/share/fonts; the title band of the PNG it writes must still hold dark (text) pixels.
/// Checked by ablation: with the bundled font's registration removed, this run draws no text at all.
/// </summary>
public class ProfilePlotFontTests
{
    [Fact]
    public void Plot_text_renders_where_no_system_fonts_are_visible()
    {
        string folder = TestPaths.NewTempFolder("nofonts");
        string empty = Directory.CreateDirectory(Path.Combine(folder, "no-fonts")).FullName;
        string png = Path.Combine(folder, "profile.png");
        // unshare -m (root, as on the project's machines) keeps the bind mount private to this one child process.
        var start = new ProcessStartInfo("unshare")
        {
            ArgumentList =
            {
                "-m", "sh", "-c", "mount --bind \"$1\" /usr/share/fonts && shift && exec dotnet \"$@\"", "sh", empty,
                Path.Combine(AppContext.BaseDirectory, "camtest.dll"), "profile", TestPaths.Fixture("profile", "spot.raw"),
                "--raw", "64x48:uint16:le", "--line", "10,20,50,20", "--plot", png,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start)!;
        string stderr = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"camtest without visible fonts failed (unshare -m needs root): {stderr}");

        using SKBitmap bitmap = SKBitmap.Decode(png);
        // Above the data area's top border (the first mostly-dark row) only the title is drawn: without a font, nothing.
        int border = Enumerable.Range(0, bitmap.Height).First(y => Enumerable.Range(0, bitmap.Width).Count(x => IsDark(bitmap.GetPixel(x, y))) > bitmap.Width / 2);
        int dark = 0;
        for (int y = 0; y < border; y++)
        {
            dark += Enumerable.Range(0, bitmap.Width).Count(x => IsDark(bitmap.GetPixel(x, y)));
        }

        // A rendered title of ~35 characters covers several hundred dark pixels; 100 rules out stray marks.
        Assert.True(dark > 100, $"only {dark} dark pixels in the title band: plot text did not render");
    }

    private static bool IsDark(SKColor c) => c.Red + c.Green + c.Blue < 300;
}
