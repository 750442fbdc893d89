using System.Text.Json;
using CamTest.IO;
using CamTest.TestSupport;
using Xunit;

namespace CamTest.Cli.Tests;

/// <summary>
/// <c>camtest maps</c> end to end: OME-TIFF stacks in, float32 maps, a mask, a list and results.json out, read back
/// by CamTest and by tifffile (as ImageJ would open them); bad input gives one line and exit code 2, no output.
/// </summary>
public sealed class MapsCommandTests
{
    [PythonFact("numpy", "tifffile")]
    public void Maps_writes_float32_tiffs_that_tifffile_reads_and_a_summary()
    {
        string folder = TestPaths.NewTempFolder("maps");
        var stacks = new SyntheticStacks(folder);
        string[] darks = [stacks.Write("dark_a.ome.tif", 20, 0), stacks.Write("dark_b.ome.tif", 12, 0)];
        string[] flats = [stacks.Write("flat_1.ome.tif", 8, 400), stacks.Write("flat_2.ome.tif", 8, 1600)];
        string output = Path.Combine(folder, "maps");
        CliRun run = CliRun.Of(["maps", .. darks.Select(d => Path.Combine(folder, d)), "--flats", .. flats.Select(f => Path.Combine(folder, f)), "--out", output]);
        Assert.True(run.ExitCode == 0, run.Stderr);

        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "results.json")));
        JsonElement maps = results.RootElement.GetProperty("maps");
        Assert.Equal("camtest.maps/1", results.RootElement.GetProperty("schema").GetString());
        Assert.Equal(32, maps.GetProperty("darkFrames").GetInt64());
        Assert.Equal(64 * 48, maps.GetProperty("offset").GetProperty("pixels").GetInt64());
        // SyntheticStacks: bias 100 ADU, read noise 3 ADU, gain 2 e-/ADU = 0.5 ADU/e-. Medians of 3072 pixels are
        // far tighter than these bounds (variance from 32 frames: 25 % per pixel, about 0.5 % for the median).
        Assert.InRange(maps.GetProperty("offset").GetProperty("median").GetDouble(), 99.5, 100.5);
        Assert.InRange(maps.GetProperty("variance").GetProperty("median").GetDouble(), 8.5, 9.5);
        Assert.InRange(maps.GetProperty("gain").GetProperty("median").GetDouble(), 0.4, 0.6);
        // The console line writes each median as every figure is written: with its standard error (medianStdErr).
        foreach (string m in new[] { "offset", "variance", "gain", "readNoise" })
        {
            JsonElement s = maps.GetProperty(m);
            var median = new CamTest.Core.Results.Quantity(s.GetProperty("median").GetDouble(), CamTest.Core.Results.Unit.Parse(s.GetProperty("unit").GetString()!), s.GetProperty("medianStdErr").GetDouble());
            Assert.Contains($" median {CamTest.Reporting.QuantityText.Of(median)}", run.Stdout, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("± ?", run.Stdout, StringComparison.Ordinal);

        // The units results.json has always written, now read from MapFigures (gain in ADU/e-, Huang's convention).
        Assert.Equal(
            ["ADU", "ADU^2", "ADU/e-", "e-"],
            new[] { "offset", "variance", "gain", "readNoise" }.Select(m => maps.GetProperty(m).GetProperty("unit").GetString()!));

        // CamTest's own reader: one float32 plane each.
        using (IFrameSource gain = ImageFile.Open(Path.Combine(output, "gain.tif")))
        {
            Assert.Equal((64, 48, 1, PixelType.Float32), (gain.Info.Width, gain.Info.Height, gain.Info.FrameCount, gain.Info.PixelType));
        }

        string script = string.Join('\n',
            "import json, sys, tifffile",
            "out = {}",
            "for name in ['offset', 'variance', 'gain', 'read_noise', 'bad_pixels']:",
            "    a = tifffile.imread(sys.argv[1] + '/' + name + '.tif')",
            "    out[name] = {'dtype': str(a.dtype), 'shape': list(a.shape), 'sum': float(a.astype('float64').sum())}",
            "print(json.dumps(out))");
        using JsonDocument tifffile = JsonDocument.Parse(BinOmeTiffTests.Python(script, output));
        foreach (string name in new[] { "offset", "variance", "gain", "read_noise" })
        {
            JsonElement map = tifffile.RootElement.GetProperty(name);
            Assert.Equal("float32", map.GetProperty("dtype").GetString());
            Assert.Equal([48, 64], map.GetProperty("shape").EnumerateArray().Select(v => v.GetInt32()));
        }

        JsonElement mask = tifffile.RootElement.GetProperty("bad_pixels");
        Assert.Equal("uint8", mask.GetProperty("dtype").GetString());
        long listed = File.ReadAllLines(Path.Combine(output, "bad_pixels.csv")).Length - 1;
        Assert.Equal(maps.GetProperty("badPixels").GetProperty("count").GetInt64(), listed);
        Assert.Equal(listed, (long)mask.GetProperty("sum").GetDouble());
    }

    [Fact]
    public void Two_runs_write_the_same_tiffs_each_image_named_for_its_map()
    {
        // The OME name used to be the staged file's temporary name (".offset.tif.<guid>"): ImageJ showed it as the
        // title and no two runs wrote the same bytes.
        string folder = TestPaths.NewTempFolder("maps-repeat");
        var stacks = new SyntheticStacks(folder);
        string dark = Path.Combine(folder, stacks.Write("dark.ome.tif", 6, 0));
        string flat = Path.Combine(folder, stacks.Write("flat.ome.tif", 6, 800));
        string[] outputs = [Path.Combine(folder, "first"), Path.Combine(folder, "second")];
        foreach (string output in outputs)
        {
            CliRun run = CliRun.Of("maps", dark, "--flats", flat, "--out", output);
            Assert.True(run.ExitCode == 0, run.Stderr);
        }

        foreach (string name in new[] { "offset", "variance", "gain", "read_noise", "bad_pixels" })
        {
            byte[] first = File.ReadAllBytes(Path.Combine(outputs[0], name + ".tif"));
            Assert.Equal(first, File.ReadAllBytes(Path.Combine(outputs[1], name + ".tif")));
            string text = System.Text.Encoding.Latin1.GetString(first);
            Assert.Contains($"Name=\"{name}\"", text);
            Assert.DoesNotContain(".tmp", text);
        }
    }

    [Fact]
    public void A_missing_dark_file_is_one_line_and_exit_code_2_with_nothing_written()
    {
        string folder = TestPaths.NewTempFolder("maps-missing");
        string output = Path.Combine(folder, "maps");
        CliRun run = CliRun.Of("maps", Path.Combine(folder, "nothere.tif"), "--out", output);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("nothere.tif");
        Assert.Empty(Directory.Exists(output) ? Directory.GetFiles(output) : []);
    }

    [Fact]
    public void A_flat_of_another_size_is_refused_naming_it()
    {
        string folder = TestPaths.NewTempFolder("maps-size");
        var stacks = new SyntheticStacks(folder);
        string dark = Path.Combine(folder, stacks.Write("dark.ome.tif", 4, 0));
        string flat = Path.Combine(folder, stacks.Write("wide.ome.tif", 4, 400, widthOverride: 32));
        CliRun run = CliRun.Of("maps", dark, "--flats", flat, "--out", Path.Combine(folder, "maps"));
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("wide.ome.tif");
        Assert.False(File.Exists(Path.Combine(folder, "maps", "results.json")));
    }
}
