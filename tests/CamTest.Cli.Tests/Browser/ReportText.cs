using System.Text.RegularExpressions;

namespace CamTest.Cli.Tests.Browser;

/// <summary>What no report may say: a figure that does not apply is absent, never "NaN", "Infinity" or "0 frames".</summary>
public static partial class ReportText
{
    public static void AssertNoInapplicableFigure(string html)
    {
        // Embedded images (the heat map's PNG) are base64, whose letters spell "NaN" by chance about once in 260,000
        // positions: they are data, not text, and are left out of the check.
        html = DataUri().Replace(html, "data:");
        Assert.DoesNotContain("NaN", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", html, StringComparison.Ordinal);
        Match zero = ZeroFrames().Match(html);
        Assert.False(zero.Success, $"the report counts zero frames: ...{(zero.Success ? html[Math.Max(0, zero.Index - 80)..Math.Min(html.Length, zero.Index + 40)] : string.Empty)}...");
    }

    /// <summary>"0 frame(s)" as a count of its own (not the end of "20 frames").</summary>
    [GeneratedRegex("data:[a-z/+.-]+;base64,[A-Za-z0-9+/=]+")]
    private static partial Regex DataUri();

    [GeneratedRegex(@"(?<![0-9.,])0 frame")]
    private static partial Regex ZeroFrames();
}
