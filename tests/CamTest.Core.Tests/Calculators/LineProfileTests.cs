using System.Runtime.InteropServices;
using System.Text.Json;
using CamTest.Core.Calculators;
using CamTest.TestSupport;

namespace CamTest.Core.Tests.Calculators;

/// <summary>Profiles of tests/fixtures/profile/spot.raw against scipy.ndimage.map_coordinates (order 1), see make_profile_fixture.py.</summary>
public class LineProfileTests
{
    private const int Width = 64;
    private const int Height = 48;

    public static TheoryData<int> Cases => new() { 0, 1, 2 };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Profile_matches_scipy_bilinear_sampling(int index)
    {
        using JsonDocument reference = JsonDocument.Parse(File.ReadAllText(TestPaths.Fixture("profile", "spot_profile.json")));
        JsonElement c = reference.RootElement.GetProperty("cases")[index];
        double[] line = c.GetProperty("line").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        double[] grey = c.GetProperty("grey").EnumerateArray().Select(v => v.GetDouble()).ToArray();

        LineProfile profile = LineProfile.Sample(FirstFrame(), Width, 0, line[0], line[1], line[2], line[3]);

        Assert.Equal(grey.Length, profile.Points.Count);
        for (int i = 0; i < grey.Length; i++)
        {
            // Both sides do the same few double operations in a different order: 1e-9 ADU covers the rounding.
            Assert.Equal(grey[i], profile.Points[i].Grey, 1e-9);
        }

        Assert.Equal(c.GetProperty("peakIndex").GetInt32(), profile.PeakIndex);
    }

    [Fact]
    public void A_band_of_rows_samples_like_the_whole_frame()
    {
        double[] frame = FirstFrame();
        LineProfile whole = LineProfile.Sample(frame, Width, 0, 12.5, 8.25, 47.75, 33.5);
        // Rows 8..34 hold every row the line touches.
        LineProfile band = LineProfile.Sample(frame.AsSpan(8 * Width, 27 * Width), Width, 8, 12.5, 8.25, 47.75, 33.5);
        Assert.Equal(whole.Points.Select(p => p.Grey), band.Points.Select(p => p.Grey));
    }

    [Fact]
    public void Peak_in_electrons_is_peak_minus_bias_times_gain()
    {
        LineProfile profile = LineProfile.Sample(FirstFrame(), Width, 0, 10, 20, 50, 20, biasAdu: 100, gainEPerAdu: 1.18);
        // The spot's sample at (30, 20) is 1731 ADU (scipy reference): (1731 - 100) x 1.18 = 1924.58 e-.
        Assert.Equal(1731, profile.Peak.Grey, 1e-9);
        Assert.Equal(1924.58, profile.Peak.Electrons!.Value, 1e-9);
    }

    [Theory]
    [InlineData(-1, 0, 10, 10, "outside")]
    [InlineData(0, 0, 64, 10, "outside")]
    [InlineData(5, 5, 5, 5, "zero length")]
    public void Lines_that_leave_the_frame_or_have_no_length_are_refused(double x0, double y0, double x1, double y1, string reason) =>
        Assert.Contains(reason, LineProfile.Validate(x0, y0, x1, y1, Width, Height), StringComparison.Ordinal);

    private static double[] FirstFrame()
    {
        byte[] bytes = File.ReadAllBytes(TestPaths.Fixture("profile", "spot.raw"));
        ReadOnlySpan<ushort> pixels = MemoryMarshal.Cast<byte, ushort>(bytes.AsSpan(0, Width * Height * 2));
        double[] frame = new double[pixels.Length];
        for (int i = 0; i < pixels.Length; i++)
        {
            frame[i] = pixels[i];
        }

        return frame;
    }
}
