using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.Tiff;

/// <summary>ImageJ, OME and Micro-Manager metadata mapped to <see cref="StackInfo"/>, against the values the fixture script wrote.</summary>
public sealed class TiffMetadataTests
{
    // Times pass through decimal text and one multiplication (s -> ms, 0.1 ms units -> ms): 1e-9 ms is float rounding.
    private const double TimeTolerance = 1e-9;

    [Fact]
    public void Reads_imagej_hyperstack_planes_and_its_spacing_interval_and_unit()
    {
        using IFrameSource source = ImageFile.Open(TestPaths.Fixture("tiff", "imagej_hyperstack.tif"));

        Assert.Equal(6, source.Info.FrameCount);
        Assert.Equal("0.25", source.Info.Properties["spacing"]);
        Assert.Equal("0.05", source.Info.Properties["finterval"]);
        Assert.Equal("um", source.Info.Properties["unit"]);
        Assert.Equal("2", source.Info.Properties["channels"]);
    }

    [Fact]
    public void Reads_imagej_single_ifd_stack_with_planes_stored_after_the_first()
    {
        using IFrameSource source = ImageFile.Open(TestPaths.Fixture("tiff", "imagej_single_ifd_contiguous.tif"));

        Assert.Equal(5, source.Info.FrameCount);
        Assert.Equal("ImageJ TIFF", source.Info.Format);
    }

    [Fact]
    public void Reads_ome_plane_exposure_and_delta_t_in_milliseconds()
    {
        JsonElement expected = TiffExpectations.For("ome_uint16.ome.tif");
        using IFrameSource source = ImageFile.Open(TestPaths.Fixture("tiff", "ome_uint16.ome.tif"));

        Assert.Equal("OME-TIFF", source.Info.Format);
        double[] exposures = TiffExpectations.Doubles(expected.GetProperty("exposureMs"));
        double[] elapsed = TiffExpectations.Doubles(expected.GetProperty("elapsedMs"));
        Assert.Equal(exposures.Length, source.Info.Frames.Count);
        for (int i = 0; i < exposures.Length; i++)
        {
            Assert.Equal(exposures[i], source.Info.Frames[i].ExposureMs!.Value, TimeTolerance);
            Assert.Equal(elapsed[i], source.Info.Frames[i].ElapsedMs!.Value, TimeTolerance);
        }

        Assert.Equal(exposures[0], source.Info.ExposureMs!.Value, TimeTolerance);
        Assert.Equal("uint16", source.Info.Properties["OME.Type"]);
    }

    [Fact]
    public void Reads_micro_manager_summary_bit_depth_and_per_image_metadata()
    {
        JsonElement expected = TiffExpectations.For("micromanager_imitation.ome.tif");
        using IFrameSource source = ImageFile.Open(TestPaths.Fixture("tiff", "micromanager_imitation.ome.tif"));

        Assert.Equal("Micro-Manager TIFF", source.Info.Format);
        Assert.Equal(expected.GetProperty("bitDepth").GetInt32(), source.Info.BitDepth);
        Assert.Equal(expected.GetProperty("exposureMs").GetDouble(), source.Info.ExposureMs!.Value, TimeTolerance);
        Assert.Equal(expected.GetProperty("camera").GetString(), source.Info.Properties["Camera"]);
        Assert.Equal(expected.GetProperty("temperature").GetString(), source.Info.Properties["PrimeBSI-Temperature"]);
        Assert.Equal("1x1", source.Info.Properties["PrimeBSI-Binning"]);
        Assert.Equal(expected.GetProperty("temperature").GetString(), source.Info.Properties["SensorTemperatureC"]); // the adapter's name mapped for the history

        double[] elapsed = TiffExpectations.Doubles(expected.GetProperty("elapsedMs"));
        double[] hardware = TiffExpectations.Doubles(expected.GetProperty("hardwareTimestampMs"));
        Assert.Equal(elapsed.Length, source.Info.Frames.Count);
        for (int i = 0; i < elapsed.Length; i++)
        {
            Assert.Equal(elapsed[i], source.Info.Frames[i].ElapsedMs!.Value, TimeTolerance);
            Assert.Equal(hardware[i], source.Info.Frames[i].HardwareTimestampMs!.Value, 1e-6);
            Assert.Equal(20.0, source.Info.Frames[i].ExposureMs!.Value, TimeTolerance);
        }
    }

    [Fact]
    public void Reads_micro_manager_tag_written_per_page_without_a_header()
    {
        JsonElement expected = TiffExpectations.For("mm_tag_extratags.tif");
        using IFrameSource source = ImageFile.Open(TestPaths.Fixture("tiff", "mm_tag_extratags.tif"));

        double[] exposures = TiffExpectations.Doubles(expected.GetProperty("exposureMs"));
        double[] hardware = TiffExpectations.Doubles(expected.GetProperty("hardwareTimestampMs"));
        for (int i = 0; i < exposures.Length; i++)
        {
            Assert.Equal(exposures[i], source.Info.Frames[i].ExposureMs!.Value, TimeTolerance);
            Assert.Equal(hardware[i], source.Info.Frames[i].HardwareTimestampMs!.Value, TimeTolerance);
        }

        Assert.Null(source.Info.ExposureMs); // exposures differ between frames: no common value
        Assert.Equal(16, source.Info.BitDepth); // no BitDepth stated: the storage depth
    }

    [Fact]
    public void Reports_storage_depth_and_no_frame_metadata_for_plain_tiff()
    {
        using IFrameSource source = ImageFile.Open(TestPaths.Fixture("tiff", "strips_uint32_be.tif"));

        Assert.Equal(32, source.Info.BitDepth);
        Assert.Empty(source.Info.Frames);
        Assert.Null(source.Info.ExposureMs);
    }
}
