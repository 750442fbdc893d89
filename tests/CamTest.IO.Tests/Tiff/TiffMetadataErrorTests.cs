using System.Buffers.Binary;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.Tiff;

/// <summary>Metadata that cannot be honoured (multi-file OME, truncated ImageJ stacks, unsupported predictors) is refused by name.</summary>
public sealed class TiffMetadataErrorTests : IDisposable
{
    private const string OmeNamespace = "http://www.openmicroscopy.org/Schemas/OME/2016-06";

    private readonly string _folder = TestPaths.NewTempFolder("tiff-metadata");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Refuses_multi_file_ome_naming_the_other_file()
    {
        string xml = $"""<OME xmlns="{OmeNamespace}"><Image ID="Image:0"><Pixels ID="Pixels:0" DimensionOrder="XYZCT" Type="uint16" SizeX="4" SizeY="3" SizeZ="1" SizeC="1" SizeT="2"><TiffData IFD="0" PlaneCount="1"><UUID FileName="other_part.ome.tif">urn:uuid:1</UUID></TiffData></Pixels></Image></OME>""";

        InvalidInputException ex = Refused(Page(4, 3) with { Description = xml });

        Assert.Contains("multi-file", ex.Message, StringComparison.Ordinal);
        Assert.Contains("other_part.ome.tif", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_renamed_single_file_ome_whose_tiffdata_uuid_is_its_own()
    {
        string xml = $"""<OME xmlns="{OmeNamespace}" UUID="urn:uuid:7"><Image ID="Image:0"><Pixels ID="Pixels:0" DimensionOrder="XYZCT" Type="uint16" SizeX="4" SizeY="3" SizeZ="1" SizeC="1" SizeT="1" SignificantBits="12"><TiffData IFD="0" PlaneCount="1"><UUID FileName="name_before_renaming.ome.tif">urn:uuid:7</UUID></TiffData></Pixels></Image></OME>""";
        string path = Save(TinyTiff.Build(Page(4, 3) with { Description = xml }));

        using IFrameSource source = ImageFile.Open(path);

        Assert.Equal("OME-TIFF", source.Info.Format);
        Assert.Equal(1, source.Info.FrameCount);
        Assert.Equal(12, source.Info.BitDepth); // OME SignificantBits, not the 16-bit storage
    }

    [Fact]
    public void Refuses_binary_only_ome_companion_reference()
    {
        string xml = $"""<OME xmlns="{OmeNamespace}"><BinaryOnly MetadataFile="set.companion.ome" UUID="urn:uuid:2"/></OME>""";

        Assert.Contains("companion", Refused(Page(4, 3) with { Description = xml }).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_ome_whose_size_contradicts_the_pages()
    {
        string xml = $"""<OME xmlns="{OmeNamespace}"><Image ID="Image:0"><Pixels ID="Pixels:0" DimensionOrder="XYZCT" Type="uint16" SizeX="40" SizeY="3" SizeZ="1" SizeC="1" SizeT="1"/></Image></OME>""";

        Assert.Contains("40x3", Refused(Page(4, 3) with { Description = xml }).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_malformed_ome_xml()
    {
        string xml = $"""<OME xmlns="{OmeNamespace}"><Image><Pixels""";

        Assert.Contains("OME-XML", Refused(Page(4, 3) with { Description = xml }).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_imagej_stack_shorter_than_its_image_count()
    {
        // One IFD claiming 10 planes stored after the first, but only the first is in the file.
        InvalidInputException ex = Refused(Page(4, 3) with { Description = "ImageJ=1.53c\nimages=10\nframes=10\n" });

        Assert.Contains("says 10 images", ex.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_floating_point_predictor_on_integer_samples()
    {
        Assert.Contains("floating-point predictor", Refused(Page(4, 3) with { Compression = 8, Predictor = 3 }).Message, StringComparison.Ordinal);
    }

    private static TinyPage Page(int width, int height)
    {
        var data = new byte[width * height * 2];
        for (int i = 0; i < width * height; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(i * 2), (ushort)i);
        }

        return new TinyPage(width, height, data);
    }

    private string Save(byte[] bytes)
    {
        string path = Path.Combine(_folder, $"{Guid.NewGuid():N}.tif");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private InvalidInputException Refused(TinyPage page)
    {
        string path = Save(TinyTiff.Build(page));
        return Assert.Throws<InvalidInputException>(() =>
        {
            using IFrameSource source = ImageFile.Open(path);
            FrameReading.Frame(source, 0);
        });
    }
}
