namespace CamTest.TestSupport;

/// <summary>
/// A fact that opens or prints a page in a real browser: Debian's Chromium (driven by Playwright, or headless for
/// --pdf) and poppler's pdftotext to read the printed PDF back. Both are installed from Debian's packages where this
/// process may (<see cref="DebianTools"/>: as root with apt-get, once per process); otherwise the test is skipped
/// with the reason, never passed without a browser.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public const string PdfToText = "/usr/bin/pdftotext";

    public ChromiumFactAttribute()
    {
        Skip = DebianTools.Ensure("chromium poppler-utils", Chromium, PdfToText);
    }
}
