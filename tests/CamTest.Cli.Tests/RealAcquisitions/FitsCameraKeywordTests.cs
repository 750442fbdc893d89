using System.Globalization;
using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.RealAcquisitions;

/// <summary>
/// An astronomy session as astropy writes it (FITS cubes with the camera keywords capture programs write): the
/// keywords are shown by inspect and carried into results.json's run.conditions, and the stated values (FITS EGAIN,
/// the manifest's camera.stated) stand beside the measured figures with their differences in % and standard errors.
/// </summary>
public class FitsCameraKeywordTests
{
    /// <summary>numpy draws a 100 ADU bias with 3 ADU read noise and flats with the shot noise of 2 e-/ADU; astropy writes them.</summary>
    private const string Script = """
import sys, numpy as np
from astropy.io import fits
folder = sys.argv[1]
rng = np.random.default_rng(11)
def cube(name, frames, signal, exposure_s):
    shot = np.sqrt(signal / 2.0)
    data = 100 + signal + rng.normal(0, 3, (frames, 48, 64)) + rng.normal(0, 1, (frames, 48, 64)) * shot
    hdu = fits.PrimaryHDU(np.clip(np.round(data), 0, 65535).astype(np.uint16))
    h = hdu.header
    h['EXPTIME'] = exposure_s; h['EGAIN'] = 2.0; h['RDNOISE'] = 6.0; h['GAIN'] = 100
    h['XBINNING'] = 2; h['YBINNING'] = 2; h['CCD-TEMP'] = -10.2; h['SET-TEMP'] = -10.0
    h['INSTRUME'] = 'ZWO ASI test'; h['READOUTM'] = 'High speed'
    hdu.writeto(folder + '/' + name, overwrite=True)
cube('bias.fits', 8, 0, 0.0)
for ms, s in [(5, 500), (10, 1000), (20, 2000), (40, 4000)]:
    cube('flat_%dms.fits' % ms, 2, s, ms / 1000.0)
for ms, s in [(1000, 5), (2000, 10)]:
    cube('dark_%dms.fits' % ms, 2, s, ms / 1000.0)
""";

    private static string WriteSession(string folder)
    {
        BinOmeTiffTests.Python(Script, folder);
        var manifest = new
        {
            camera = new { name = "ASI test", sensor = "CMOS", bitDepth = 16, stated = new { readNoiseE = 6.5 } },
            bias = new { files = new[] { "bias.fits" } },
            flats = new[] { 5, 10, 20, 40 }.Select(ms => new { files = new[] { $"flat_{ms}ms.fits" } }),
            darks = new[] { 1000, 2000 }.Select(ms => new { files = new[] { $"dark_{ms}ms.fits" } }),
        };
        string path = Path.Combine(folder, "session.json");
        File.WriteAllText(path, JsonSerializer.Serialize(manifest));
        return path;
    }

    [PythonFact("numpy", "astropy")]
    public void Inspect_shows_the_camera_keywords_and_their_camtest_names()
    {
        string folder = TestPaths.NewTempFolder("fits-keywords");
        WriteSession(folder);
        CliRun run = CliRun.Of("inspect", Path.Combine(folder, "bias.fits"), "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using JsonDocument doc = JsonDocument.Parse(run.Stdout);
        JsonElement file = doc.RootElement.GetProperty("files")[0];
        JsonElement p = file.GetProperty("properties");
        foreach (string keyword in new[] { "EXPTIME", "EGAIN", "RDNOISE", "GAIN", "XBINNING", "YBINNING", "CCD-TEMP", "SET-TEMP", "INSTRUME", "READOUTM" })
        {
            Assert.True(p.TryGetProperty(keyword, out _), $"inspect does not show {keyword}");
        }

        Assert.Equal(2.0, double.Parse(p.GetProperty("ConversionGainEPerAdu").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(6.0, double.Parse(p.GetProperty("ReadNoiseE").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(-10.0, double.Parse(p.GetProperty("SetTemperatureC").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal("2x2", p.GetProperty("Binning").GetString());
        Assert.Equal(8, file.GetProperty("frames").GetInt32());

        CliRun text = CliRun.Of("inspect", Path.Combine(folder, "bias.fits"));
        Assert.Contains("RDNOISE", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("ZWO ASI test", text.Stdout, StringComparison.Ordinal);
    }

    [PythonFact("numpy", "astropy")]
    public void Analyze_puts_the_keywords_in_the_conditions_and_the_stated_values_beside_the_figures()
    {
        string folder = TestPaths.NewTempFolder("fits-stated");
        string session = WriteSession(folder);
        JsonElement r = SessionChecks.Results(CliRun.Of("analyze", session, "--out", Path.Combine(folder, "out"), "--json"));

        JsonElement c = r.GetProperty("run").GetProperty("conditions");
        Assert.Equal("ZWO ASI test", c.GetProperty("instrument").GetString());
        Assert.Equal("2x2", c.GetProperty("binning").GetString());
        Assert.Equal(-10.2, c.GetProperty("temperatureC").GetDouble());
        Assert.Equal(-10.0, c.GetProperty("setTemperatureC").GetDouble());
        Assert.Equal("100", c.GetProperty("gainSetting").GetString());
        Assert.Equal("High speed", c.GetProperty("readoutMode").GetString());
        // Exposures came from EXPTIME (the manifest gives none): the flats sit at 5 .. 40 ms.
        Assert.Contains(r.GetProperty("gain").GetProperty("points").EnumerateArray(), p => p.GetProperty("exposureMs").GetDouble() == 40);

        JsonElement[] stated = [.. r.GetProperty("statedVsMeasured").EnumerateArray()];
        JsonElement gain = Assert.Single(stated, s => s.GetProperty("figure").GetString() == "gain.systemGain");
        Assert.StartsWith("FITS EGAIN", gain.GetProperty("statedFrom").GetString(), StringComparison.Ordinal);
        AssertDifference(gain, 2.0);
        JsonElement noise = Assert.Single(stated, s => s.GetProperty("figure").GetString() == "readNoise.rms");
        Assert.Equal("session.json camera.stated.readNoiseE", noise.GetProperty("statedFrom").GetString());
        AssertDifference(noise, 6.5);

        // The truth is EGAIN's 2 e-/ADU: measured within 4 of its standard errors of it.
        Assert.InRange(gain.GetProperty("differenceInStdErrs").GetDouble(), -4, 4);

        CliRun console = CliRun.Of("analyze", session, "--out", Path.Combine(folder, "out2"));
        Assert.Equal(0, console.ExitCode);
        Assert.Contains("gain.systemGain: measured", console.Stdout, StringComparison.Ordinal);
        Assert.Contains("stated 6.5 (session.json camera.stated.readNoiseE)", console.Stdout, StringComparison.Ordinal);
    }

    /// <summary>The differences are the measured figure's own: (m - s)/s in % and (m - s)/stderr.</summary>
    private static void AssertDifference(JsonElement comparison, double stated)
    {
        Assert.Equal(stated, comparison.GetProperty("stated").GetDouble());
        JsonElement m = comparison.GetProperty("measured");
        double value = m.GetProperty("value").GetDouble(), err = m.GetProperty("stderr").GetDouble();
        Assert.Equal(100 * (value - stated) / stated, comparison.GetProperty("differencePercent").GetDouble(), 1e-9);
        Assert.Equal((value - stated) / err, comparison.GetProperty("differenceInStdErrs").GetDouble(), 1e-9);
    }
}
