using System.Runtime.InteropServices;
using System.Text.Json;
using System.Xml.Linq;
using CamTest.IO.Writers;
using CamTest.TestSupport;

namespace CamTest.Simulation.Tests.Writers;

public class OmeTiffWriterTests
{
    private static readonly XNamespace Ome = "http://www.openmicroscopy.org/Schemas/OME/2016-06";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Written_stack_parses_back_with_pixels_tags_ome_xml_and_micro_manager_json(bool bigTiff)
    {
        string path = Path.Combine(TestPaths.NewTempFolder("writer"), "stack.ome.tif");
        WriterFixture.Write(path, bigTiff);
        var tiff = new TinyTiffParser(File.ReadAllBytes(path));

        Assert.Equal(bigTiff, tiff.IsBigTiff);
        Assert.Equal(WriterFixture.Frames, tiff.Ifds.Count);
        for (int t = 0; t < WriterFixture.Frames; t++)
        {
            Assert.Equal(WriterFixture.Frame(t), tiff.Pixels(t));
            Assert.Equal((ulong)WriterFixture.Width, tiff.Number(t, 256));
            Assert.Equal((ulong)WriterFixture.Height, tiff.Number(t, 257));
            Assert.Equal(16UL, tiff.Number(t, 258));
            Assert.Equal(1UL, tiff.Number(t, 259)); // uncompressed
            Assert.Equal((ulong)WriterFixture.Height, tiff.Number(t, 278)); // one strip per frame
            Assert.Equal(t == 0, tiff.Ifds[t].ContainsKey(270)); // OME-XML in the first IFD only

            using JsonDocument mm = JsonDocument.Parse(tiff.Ascii(t, 51123));
            JsonElement root = mm.RootElement;
            Assert.Equal(12.5, root.GetProperty("Exposure-ms").GetDouble());
            Assert.Equal(t * 40.25, root.GetProperty("ElapsedTime-ms").GetDouble());
            Assert.Equal("CamTest-fixture", root.GetProperty("Camera").GetString());
            Assert.Equal("2x2", root.GetProperty("Binning").GetString());
            Assert.Equal(12, root.GetProperty("BitDepth").GetInt32());
            Assert.Equal(1_000_000_000L + (t * 40_250_000L), root.GetProperty("PVCAM-FMD-TimestampBofNs").GetInt64());
        }

        XElement pixels = XDocument.Parse(tiff.Ascii(0, 270)).Descendants(Ome + "Pixels").Single();
        Assert.Equal("XYZCT", (string?)pixels.Attribute("DimensionOrder"));
        Assert.Equal("uint16", (string?)pixels.Attribute("Type"));
        Assert.Equal(WriterFixture.Frames, (int?)pixels.Attribute("SizeT"));
        Assert.Equal(1, (int?)pixels.Attribute("SizeZ"));
        Assert.Equal(1, (int?)pixels.Attribute("SizeC"));
        var planes = pixels.Elements(Ome + "Plane").ToList();
        Assert.Equal(WriterFixture.Frames, planes.Count);
        Assert.Equal([0.0, 40.25, 80.5], planes.Select(p => (double)p.Attribute("DeltaT")!));
        Assert.All(planes, p => Assert.Equal(12.5, (double)p.Attribute("ExposureTime")!));
        Assert.All(planes, p => Assert.Equal("ms", (string?)p.Attribute("ExposureTimeUnit")));
    }

    [Theory]
    [InlineData("classic.ome.tif", false)]
    [InlineData("bigtiff.ome.tif", true)]
    public void Writer_reproduces_the_committed_fixture_byte_for_byte(string name, bool bigTiff)
    {
        string committed = TestPaths.Fixture("sim", name);
        if (Environment.GetEnvironmentVariable("CAMTEST_REGENERATE_FIXTURES") == "1")
        {
            File.Delete(committed);
            WriterFixture.Write(committed, bigTiff);
        }

        string path = Path.Combine(TestPaths.NewTempFolder("writer"), name);
        WriterFixture.Write(path, bigTiff);
        Assert.Equal(File.ReadAllBytes(committed), File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("classic.ome.tif", false)]
    [InlineData("bigtiff.ome.tif", true)]
    public void Tifffile_read_the_committed_fixture_as_the_values_written(string name, bool bigTiff)
    {
        // expected.json was made by tests/fixtures/sim/make_expected.py with tifffile, an independent reader.
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(TestPaths.Fixture("sim", "expected.json")));
        JsonElement file = expected.RootElement.GetProperty(name);
        Assert.True(file.GetProperty("is_ome").GetBoolean());
        Assert.Equal(bigTiff, file.GetProperty("is_bigtiff").GetBoolean());
        Assert.Equal([WriterFixture.Frames, WriterFixture.Height, WriterFixture.Width], file.GetProperty("shape").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("TYX", file.GetProperty("axes").GetString());
        Assert.Equal("uint16", file.GetProperty("dtype").GetString());
        var sums = file.GetProperty("frame_sums").EnumerateArray().Select(e => e.GetInt64()).ToList();
        for (int t = 0; t < WriterFixture.Frames; t++)
        {
            Assert.Equal(WriterFixture.Frame(t).Sum(v => (long)v), sums[t]);
        }

        Assert.Equal(WriterFixture.Frame(2).Select(v => (int)v), file.GetProperty("last_frame").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([0.0, 40.25, 80.5], file.GetProperty("mm_elapsed_ms").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal([12.5, 12.5, 12.5], file.GetProperty("mm_exposure_ms").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal(WriterFixture.Frames, file.GetProperty("ome_size_t").GetInt32());
    }

    [Theory]
    [InlineData("classic.ome.tif", false)]
    [InlineData("bigtiff.ome.tif", true)]
    public void Frames_written_in_parts_give_the_committed_fixture_byte_for_byte(string name, bool bigTiff)
    {
        // Parts of 1, 2 and 3 pixels in turn, so a frame's 35 pixels end mid-cycle and every frame is split differently.
        string path = Path.Combine(TestPaths.NewTempFolder("writer"), name);
        using (OmeTiffWriter writer = OmeTiffWriter.Create(path, WriterFixture.Series(bigTiff)))
        {
            int part = 0;
            for (int t = 0; t < WriterFixture.Frames; t++)
            {
                ReadOnlySpan<byte> frame = MemoryMarshal.AsBytes(WriterFixture.Frame(t).AsSpan());
                for (int at = 0; at < frame.Length;)
                {
                    int length = Math.Min(2 * ((part++ % 3) + 1), frame.Length - at);
                    writer.WriteFramePart(frame.Slice(at, length));
                    at += length;
                }
            }

            writer.Complete();
        }

        Assert.Equal(File.ReadAllBytes(TestPaths.Fixture("sim", name)), File.ReadAllBytes(path));
    }

    [Fact]
    public void A_part_past_the_frame_or_of_half_a_pixel_is_refused()
    {
        string path = Path.Combine(TestPaths.NewTempFolder("writer"), "parts.ome.tif");
        using OmeTiffWriter writer = OmeTiffWriter.Create(path, WriterFixture.Series(false));
        byte[] frame = MemoryMarshal.AsBytes(WriterFixture.Frame(0).AsSpan()).ToArray();
        Assert.Throws<ArgumentException>(() => writer.WriteFramePart(frame.AsSpan(0, 3)));
        writer.WriteFramePart(frame.AsSpan(0, 10));
        Assert.Throws<ArgumentException>(() => writer.WriteFramePart(frame));
        Assert.Throws<InvalidOperationException>(() => writer.WriteFrame(frame));
    }

    [Fact]
    public void A_writer_disposed_before_the_last_frame_leaves_no_file()
    {
        string path = Path.Combine(TestPaths.NewTempFolder("writer"), "partial.ome.tif");
        using (OmeTiffWriter writer = OmeTiffWriter.Create(path, WriterFixture.Series(false)))
        {
            writer.WriteFrame(WriterFixture.Frame(0));
        }

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void The_writer_never_overwrites_an_existing_file()
    {
        string path = Path.Combine(TestPaths.NewTempFolder("writer"), "exists.ome.tif");
        File.WriteAllText(path, "precious");
        Assert.Throws<IOException>(() => OmeTiffWriter.Create(path, WriterFixture.Series(false)));
        Assert.Equal("precious", File.ReadAllText(path));
    }

    [Fact]
    public void A_stack_larger_than_4_GiB_is_written_as_BigTIFF()
    {
        // 70,000 frames of 256 x 256 uint16 is 9.2 GB; only the header is written before the writer is abandoned.
        string path = Path.Combine(TestPaths.NewTempFolder("writer"), "huge.ome.tif");
        var series = new OmeTiffSeries { Width = 256, Height = 256, Planes = Enumerable.Repeat(new OmeTiffPlane(1, 0), 70_000).ToList() };
        using OmeTiffWriter writer = OmeTiffWriter.Create(path, series);
        Assert.True(writer.IsBigTiff);
    }
}
