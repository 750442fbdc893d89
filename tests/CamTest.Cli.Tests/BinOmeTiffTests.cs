using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using CamTest.IO;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

/// <summary><c>camtest bin --out NAME.tif</c> writes an OME-TIFF that CamTest and tifffile read back alike.</summary>
public class BinOmeTiffTests
{
    private static readonly string Spot = TestPaths.Fixture("profile", "spot.raw");

    [Fact]
    public void Bin_to_tif_writes_an_ome_tiff_that_tifffile_and_camtest_read_as_numpy_s_block_sums()
    {
        string output = Path.Combine(TestPaths.NewTempFolder("bin-tif"), "spot_bin5.ome.tif");
        CliRun run = CliRun.Of("bin", Spot, "--raw", "64x48:uint16:le", "--factor", "5", "--out", output, "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using (var summary = JsonDocument.Parse(run.Stdout))
        {
            Assert.Equal("ome-tiff", summary.RootElement.GetProperty("format").GetString());
            Assert.Equal(JsonValueKind.Null, summary.RootElement.GetProperty("raw").ValueKind);
        }

        // The reference: numpy's 5x5 block sums of the same frames (tests/fixtures/bin/make_bin_reference.py).
        using var reference = JsonDocument.Parse(File.ReadAllText(TestPaths.Fixture("bin", "spot_bin5.json")));
        uint[] expected = [.. reference.RootElement.GetProperty("frames").EnumerateArray().SelectMany(f => f.EnumerateArray()).Select(v => v.GetUInt32())];

        // CamTest reads it back: 2 frames of 12 x 9 uint32, the binning in the Micro-Manager metadata.
        using (IFrameSource source = ImageFile.Open(output))
        {
            Assert.Equal((12, 9, 2, PixelType.UInt32), (source.Info.Width, source.Info.Height, source.Info.FrameCount, source.Info.PixelType));
            Assert.Equal("5x5", source.Info.Properties["Binning"]);
            uint[] actual = new uint[expected.Length];
            source.ReadFrame<uint>(0, actual.AsSpan(0, 108));
            source.ReadFrame<uint>(1, actual.AsSpan(108));
            Assert.Equal(expected, actual); // integer sums: exact
        }

        // tifffile (an independent reader) sees an OME series of the same shape, type and values, and the binning
        // in the OME description.
        string script = string.Join('\n',
            "import json, sys, tifffile",
            "with tifffile.TiffFile(sys.argv[1]) as t:",
            "    a = t.series[0].asarray()",
            "    print(json.dumps({'ome': t.is_ome, 'shape': list(a.shape), 'dtype': str(a.dtype), 'values': a.ravel().tolist(), 'xml': t.ome_metadata}))");
        using JsonDocument tifffile = JsonDocument.Parse(Python(script, output));
        JsonElement r = tifffile.RootElement;
        Assert.True(r.GetProperty("ome").GetBoolean());
        Assert.Equal([2, 9, 12], r.GetProperty("shape").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Equal("uint32", r.GetProperty("dtype").GetString());
        Assert.Equal(expected, r.GetProperty("values").EnumerateArray().Select(v => v.GetUInt32()));
        Assert.Contains("sums of 5x5 pixel blocks of spot.raw", r.GetProperty("xml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bin_writes_raw_only_for_a_raw_name_and_refuses_other_names()
    {
        string folder = TestPaths.NewTempFolder("bin-names");
        string raw = Path.Combine(folder, "b.raw");
        Assert.Equal(0, CliRun.Of("bin", Spot, "--raw", "64x48:uint16:le", "--factor", "4", "--out", raw).ExitCode);
        Assert.Equal(16 * 12 * 2 * sizeof(uint), new FileInfo(raw).Length); // headerless: exactly the pixels

        string other = Path.Combine(folder, "b.dat");
        CliRun run = CliRun.Of("bin", Spot, "--raw", "64x48:uint16:le", "--factor", "4", "--out", other);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("name a .tif file (OME-TIFF) or a .raw file");
        Assert.False(File.Exists(other));
    }

    internal static string Python(string script, params string[] args)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        using Process python = Process.Start(start)!;
        string stdout = python.StandardOutput.ReadToEnd();
        string stderr = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0, $"python3 failed: {stderr}");
        return stdout;
    }
}
