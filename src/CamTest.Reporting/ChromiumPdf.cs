using System.Diagnostics;

namespace CamTest.Reporting;

/// <summary>
/// Prints a self-contained HTML page to PDF with headless Chromium (the browser the report is written for, so the PDF
/// looks as the page does). One place for it: the executable is found once, and a missing browser is a problem in
/// words, found before any work is done.
/// </summary>
public static class ChromiumPdf
{
    /// <summary>Where Chromium is looked for: CAMTEST_CHROMIUM alone when it is set, else the usual Debian and Ubuntu paths.</summary>
    public static IEnumerable<string> Candidates =>
        Environment.GetEnvironmentVariable("CAMTEST_CHROMIUM") is { Length: > 0 } chosen
            ? [chosen]
            : ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    /// <summary>The browser to print with, or null.</summary>
    public static string? Find() => Candidates.FirstOrDefault(File.Exists);

    /// <summary>Why --pdf cannot work here, or null when it can.</summary>
    public static string? Problem() => Find() is null
        ? $"--pdf needs headless Chromium, and none was found ({string.Join(", ", Candidates)}); install it (apt-get install chromium) or set CAMTEST_CHROMIUM"
        : null;

    /// <summary>Prints <paramref name="html"/> (the page's text) to <paramref name="pdfPath"/>.</summary>
    public static void Print(string html, string pdfPath)
    {
        string browser = Find() ?? throw new InvalidOperationException(Problem());
        string folder = Directory.CreateTempSubdirectory("camtest-pdf-").FullName;
        try
        {
            string page = Path.Combine(folder, "report.html");
            File.WriteAllText(page, html);
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (string arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(folder, "profile")}",
                $"--print-to-pdf={Path.GetFullPath(pdfPath)}", new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(arg);
            }

            using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{browser} did not start");
            Task<string> errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new IOException($"{browser} did not finish printing the PDF within 2 minutes");
            }

            if (process.ExitCode != 0 || !File.Exists(pdfPath))
            {
                throw new IOException($"{browser} could not print the PDF (exit {process.ExitCode}): {errors.Result.Trim()}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
