using CamTest.Core.Results;
using CamTest.Reporting.Compare;
using CamTest.Reporting.Html;

namespace CamTest.Cli.Tests;

/// <summary>Every user string (camera name, sensor, serial, input paths, readout mode) reaches the pages HTML-escaped.</summary>
public sealed class ReportEscapingTests
{
    private const string Hostile = "<script>alert('x')</script> & \"quoted\"";

    private static readonly CameraResults Results = new()
    {
        Camera = new CameraDescription(Hostile, Hostile, 16, 6.5) { Serial = Hostile },
        Run = new RunRecord("2026-01-15T10:00:00Z", Hostile, "2026-01-16T09:00:00Z", Hostile,
            new RunConditions(-10, Hostile, null, 16), [new RunInput($"/data/{Hostile}.tif", 123_456)]),
        Warnings = [Hostile],
    };

    [Fact]
    public void The_report_escapes_every_user_string()
    {
        string html = HtmlReport.Render(Results, "test");
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("120.6 KiB", html, StringComparison.Ordinal); // the input file with its size (123456 / 1024)
    }

    [Fact]
    public void The_comparison_page_escapes_camera_names_and_sources()
    {
        string html = ComparePage.Render([new ComparedCamera(Hostile, Results, Hostile), new ComparedCamera("B", Results, "b.json")], "test");
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
