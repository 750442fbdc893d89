using System.Diagnostics;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.Browser;

/// <summary>A printed PDF read back by poppler's pdfinfo/pdftotext, independent of the browser that printed it.</summary>
public sealed record PdfText(int Pages, string Text)
{
    public static PdfText Of(string pdfPath)
    {
        string info = Run("/usr/bin/pdfinfo", pdfPath);
        string pagesLine = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        int pages = int.Parse(pagesLine["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return new PdfText(pages, Run(ChromiumFactAttribute.PdfToText, pdfPath, "-"));
    }

    private static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        using Process p = Process.Start(start)!;
        Task<string> output = p.StandardOutput.ReadToEndAsync();
        Task<string> errors = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{program} failed on {args[0]}: {errors.Result}");
        return output.Result;
    }
}
