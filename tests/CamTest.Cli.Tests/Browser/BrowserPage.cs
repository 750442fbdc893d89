using CamTest.TestSupport;
using Microsoft.Playwright;
using SkiaSharp;

namespace CamTest.Cli.Tests.Browser;

/// <summary>
/// What a real browser makes of one page written by camtest: Debian's Chromium, driven by Playwright for .NET
/// (ExecutablePath, so Playwright never downloads a browser of its own). Every request the page makes is routed
/// here: the page's own file and data: URIs are served, anything else is recorded and refused, so a page that
/// needs the network (a font, a script, a plot beside it) shows up in <see cref="OutsideRequests"/>.
/// </summary>
public sealed record BrowserPage(
    IReadOnlyList<string> ConsoleErrors,
    IReadOnlyList<string> OutsideRequests,
    IReadOnlyList<BrowserSvg> Svgs,
    double ScreenshotStdDev,
    int ScreenshotHeight)
{
    /// <summary>Opens <paramref name="path"/> in headless Chromium, waits for it to load, and measures it.</summary>
    public static BrowserPage Open(string path) => OpenAsync(path).GetAwaiter().GetResult();

    private static async Task<BrowserPage> OpenAsync(string path)
    {
        string url = new Uri(Path.GetFullPath(path)).AbsoluteUri;
        var errors = new List<string>();
        var outside = new List<string>();
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                lock (errors)
                {
                    errors.Add($"{message.Type}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add($"page error: {error}");
            }
        };
        await page.RouteAsync("**/*", async route =>
        {
            string requested = route.Request.Url;
            if (requested == url || requested.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            lock (outside)
            {
                outside.Add(requested);
            }

            await route.AbortAsync();
        });
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        // Every <svg> as the browser laid it out: its size on the page and the data marks inside it. A mark is an
        // element a plot builder labelled as data (class "mark", or the trend page's points) or, for plots drawn by
        // ScottPlot (the EMVA sheet), a polyline or path of more than two points inside the plot.
        BrowserSvg[] svgs = await page.EvaluateAsync<BrowserSvg[]>("""
            () => [...document.querySelectorAll('svg')].filter(s => !s.parentElement.closest('svg')).map((s, i) => {
              const box = s.getBoundingClientRect();
              const marks = [...s.querySelectorAll('.mark, circle.point')].filter(e => { const b = e.getBoundingClientRect(); return b.width > 0 || b.height > 0; }).length;
              const lines = [...s.querySelectorAll('path, polyline')].filter(e => (e.getAttribute('d') || e.getAttribute('points') || '').split(/[LlMm ,]/).filter(t => t.length).length > 6).length;
              const points = s.querySelectorAll('circle.point').length;
              return { index: i, className: s.getAttribute('class') || '', label: s.getAttribute('aria-label') || '', width: box.width, height: box.height, marks: marks, lines: lines, points: points };
            })
            """);
        byte[] png = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Type = ScreenshotType.Png });
        (double stdDev, int height) = Spread(png);
        return new BrowserPage(errors, outside, svgs, stdDev, height);
    }

    /// <summary>The standard deviation of the screenshot's grey levels (0 for a blank page) and its height.</summary>
    private static (double StdDev, int Height) Spread(byte[] png)
    {
        using SKBitmap bitmap = SKBitmap.Decode(png);
        double sum = 0, sum2 = 0;
        long n = 0;
        for (int y = 0; y < bitmap.Height; y += 2)
        {
            for (int x = 0; x < bitmap.Width; x += 2)
            {
                SKColor c = bitmap.GetPixel(x, y);
                double grey = (0.299 * c.Red) + (0.587 * c.Green) + (0.114 * c.Blue);
                sum += grey;
                sum2 += grey * grey;
                n++;
            }
        }

        double mean = sum / n;
        return (Math.Sqrt(Math.Max(0, (sum2 / n) - (mean * mean))), bitmap.Height);
    }

    /// <summary>Asserts what every camtest page must do in a browser: load cleanly, offline, with every plot drawn.</summary>
    public void AssertDrawnOffline(int minPlots)
    {
        Assert.True(ConsoleErrors.Count == 0, $"console errors:\n{string.Join('\n', ConsoleErrors)}");
        Assert.True(OutsideRequests.Count == 0, $"the page asked for:\n{string.Join('\n', OutsideRequests)}");
        Assert.True(Svgs.Count >= minPlots, $"{Svgs.Count} plots drawn, at least {minPlots} expected");
        foreach (BrowserSvg svg in Svgs)
        {
            Assert.True(svg.Width > 50 && svg.Height > 50, $"plot {svg.Index} ({svg.Label}) is {svg.Width} x {svg.Height} px on the page");
            Assert.True(svg.Marks + svg.Lines > 0, $"plot {svg.Index} ({svg.Label}) has no data marks");
        }

        // A blank (or one-colour) page has a spread near 0; text and plots on white give tens of grey levels.
        Assert.True(ScreenshotStdDev > 10, $"the screenshot is nearly blank (grey-level spread {ScreenshotStdDev:F2})");
    }
}

/// <summary>One top-level &lt;svg&gt; as the browser laid it out (settable: Playwright fills it from the page's JSON).</summary>
public sealed class BrowserSvg
{
    public int Index { get; set; }

    public string ClassName { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public double Width { get; set; }

    public double Height { get; set; }

    public int Marks { get; set; }

    public int Lines { get; set; }

    /// <summary>Data points (circle.point), without their error bars or lines.</summary>
    public int Points { get; set; }
}
