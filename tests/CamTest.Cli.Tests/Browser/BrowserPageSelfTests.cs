using CamTest.TestSupport;

namespace CamTest.Cli.Tests.Browser;

/// <summary>The browser checks can fail: a page that reaches outside, logs an error and holds an empty plot is caught.</summary>
public sealed class BrowserPageSelfTests
{
    [ChromiumFact]
    public void A_page_with_an_outside_image_a_script_error_and_an_empty_plot_is_caught()
    {
        string page = Path.Combine(TestPaths.NewTempFolder("browser-self"), "bad.html");
        File.WriteAllText(page, """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>bad</title></head><body>
            <img src="https://example.invalid/plot.png" alt="outside">
            <svg class="chart" width="300" height="200" aria-label="empty"><rect x="0" y="0" width="300" height="200" fill="none" stroke="#bbb"/></svg>
            <script>undefinedFunction();</script></body></html>
            """);

        BrowserPage browser = BrowserPage.Open(page);

        Assert.Contains(browser.OutsideRequests, url => url.StartsWith("https://example.invalid/", StringComparison.Ordinal));
        Assert.NotEmpty(browser.ConsoleErrors);
        BrowserSvg svg = Assert.Single(browser.Svgs);
        Assert.Equal(0, svg.Marks + svg.Lines);
        Assert.ThrowsAny<Exception>(() => browser.AssertDrawnOffline(minPlots: 1));
    }
}
