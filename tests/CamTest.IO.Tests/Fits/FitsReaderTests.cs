using System.Globalization;
using System.Text.Json;
using CamTest.IO.Fits;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.Fits;

public class FitsReaderTests
{
    [Theory]
    [MemberData(nameof(FitsExpectations.ValidFixtures), MemberType = typeof(FitsExpectations))]
    public void Reads_astropy_written_fixture_with_numpy_means_and_exact_pixels(string fixture)
    {
        JsonElement expected = FitsExpectations.For(fixture);
        using IFrameSource source = ImageFile.Open(TestPaths.Fixture("fits", fixture));
        StackInfo info = source.Info;

        Assert.Equal("FITS", info.Format);
        Assert.Equal(expected.GetProperty("width").GetInt32(), info.Width);
        Assert.Equal(expected.GetProperty("height").GetInt32(), info.Height);
        Assert.Equal(expected.GetProperty("frames").GetInt32(), info.FrameCount);
        Assert.Equal(expected.GetProperty("pixelType").GetString(), info.PixelType.ToString());
        Assert.Equal(expected.GetProperty("bitDepth").GetInt32(), info.BitDepth);

        double[] means = expected.GetProperty("frameMeans").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var frames = Enumerable.Range(0, info.FrameCount).Select(source.ReadFrameAsDouble).ToArray();
        for (int f = 0; f < info.FrameCount; f++)
        {
            // Both sides sum a few hundred doubles; summation order differs, so agreement to 1e-12 relative is
            // expected and 1e-6 is a generous bound that still catches any wrong pixel.
            Assert.Equal(means[f], frames[f].Average(), Math.Abs(means[f]) * 1e-6 + 1e-9);
        }

        foreach (JsonElement pixel in expected.GetProperty("pixels").EnumerateArray())
        {
            double value = frames[pixel.GetProperty("frame").GetInt32()][(pixel.GetProperty("row").GetInt32() * info.Width) + pixel.GetProperty("col").GetInt32()];

            // Integer data and its exact float64 scaling are compared exactly; float data is stored exactly too.
            Assert.Equal(pixel.GetProperty("value").GetDouble(), value);
        }
    }

    [Theory]
    [MemberData(nameof(FitsExpectations.ValidFixtures), MemberType = typeof(FitsExpectations))]
    public void Reports_exposure_and_keywords_as_astropy_reads_them(string fixture)
    {
        JsonElement expected = FitsExpectations.For(fixture);
        using IFrameSource source = ImageFile.Open(TestPaths.Fixture("fits", fixture));

        JsonElement exposure = expected.GetProperty("exposureMs");
        double? expectedExposure = exposure.ValueKind == JsonValueKind.Null ? null : exposure.GetDouble();
        Assert.Equal(expectedExposure, source.Info.ExposureMs);
        foreach (JsonProperty keyword in expected.GetProperty("keywords").EnumerateObject())
        {
            string actual = source.Info.Properties[keyword.Name];
            string wanted = keyword.Value.GetString()!;
            if (double.TryParse(wanted, CultureInfo.InvariantCulture, out double number))
            {
                Assert.Equal(number, FitsHeader.ParseNumber(actual));
            }
            else
            {
                Assert.Equal(wanted, actual);
            }
        }
    }

    [Fact]
    public void Maps_camera_keywords_to_named_properties()
    {
        using IFrameSource source = ImageFile.Open(TestPaths.Fixture("fits", "u16_2d.fits"));
        IReadOnlyDictionary<string, string> properties = source.Info.Properties;

        Assert.Equal("ZWO ASI294MM Pro 'test'", properties["Camera"]);
        Assert.Equal(-10.5, FitsHeader.ParseNumber(properties["SensorTemperatureC"]));
        Assert.Equal(1.52, FitsHeader.ParseNumber(properties["ConversionGainEPerAdu"]));
        Assert.Equal("2x2", properties["Binning"]);
        Assert.Equal("High Gain", properties["ReadoutMode"]);
        Assert.Equal(50.0, source.Info.ExposureMs);
    }

    [Fact]
    public void Reads_row_bands_identical_to_the_whole_frame()
    {
        using IFrameSource source = ImageFile.Open(TestPaths.Fixture("fits", "scaled_i16_cube.fits"));
        double[] whole = source.ReadFrameAsDouble(1);
        byte[] band = new byte[4 * source.Info.Width * sizeof(double)];
        source.ReadRows(1, 6, 4, band);

        double[] expected = whole.AsSpan(6 * source.Info.Width, 4 * source.Info.Width).ToArray();
        Assert.Equal(expected, PixelConversion.ToDouble(band, PixelType.Float64));
    }

    [Theory]
    [InlineData("1.5D-2", 0.015)]
    [InlineData("  -3E+4 ", -30000.0)]
    [InlineData("42", 42.0)]
    [InlineData("1.0d3", 1000.0)]
    public void Parses_fits_numbers_including_fortran_exponents(string text, double expected) =>
        Assert.Equal(expected, FitsHeader.ParseNumber(text));
}
