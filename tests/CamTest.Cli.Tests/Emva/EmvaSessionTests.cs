using System.Text.Json;
using CamTest.Core.Emva;
using CamTest.IO.Emva;
using CamTest.Simulation.Emva;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.Emva;

/// <summary>
/// <c>camtest emva SESSION.json</c>: the same simulated frames as a protocol session whose flats state their light,
/// once as photons per pixel and once as irradiance with wavelength and pixel size. Same frames, same light: the same K
/// and QE as the descriptor gives.
/// </summary>
public class EmvaSessionTests
{
    private const double PixelSizeUm = 6.45, WavelengthNm = 525;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_session_whose_flats_state_their_light_gives_the_descriptors_figures(bool asIrradiance)
    {
        EmvaSimulatedMeasurement m = SimulatedEmva.Write($"emva-session-{asIrradiance}", new EmvaSimulationOptions { Points = 20, SpatialFrames = 8 });
        EmvaDescriptor d = EmvaDescriptorParser.Parse(m.DescriptorPath);
        object Flat(EmvaImageSet s)
        {
            double ms = s.Exposure / 1e6;
            // Photons = E A t lambda / (h c), so the irradiance that gives the stated photons is its inverse.
            double irradiance = s.PhotonsPerPixel!.Value / PhotonCount.PerPixel(1, PixelSizeUm, ms / 1000, WavelengthNm);
            return asIrradiance
                ? new { exposureMs = ms, files = s.ImagePaths, irradianceWPerM2 = irradiance, wavelengthNm = WavelengthNm }
                : new { exposureMs = ms, files = s.ImagePaths, photonsPerPixel = s.PhotonsPerPixel!.Value } as object;
        }

        string folder = TestPaths.NewTempFolder($"emva-session-json-{asIrradiance}");
        string session = Path.Combine(folder, "session.json");
        File.WriteAllText(session, JsonSerializer.Serialize(new
        {
            camera = new { name = "simulated EMVA camera", bitDepth = 12, pixelSizeUm = PixelSizeUm },
            flats = d.Bright.Select(Flat),
            darks = d.Dark.Select(s => new { exposureMs = s.Exposure / 1e6, files = s.ImagePaths }),
        }));

        using EmvaRun fromSession = EmvaRun.Of(session, $"emva-session-out-{asIrradiance}");
        using EmvaRun fromDescriptor = EmvaRun.Of(m.DescriptorPath, $"emva-session-desc-{asIrradiance}", "--pixel-size-um", "6.45");

        // The session reads its spatial flat (8 frames) as 4 more pairs at that point, where the descriptor keeps it
        // apart: the figures agree within their errors, not digit for digit.
        Assert.Equal(0, fromSession.Run.ExitCode);
        foreach (string key in new[] { "systemGain", "quantumEfficiency", "sensitivityThresholdPerArea" })
        {
            Assert.True(Math.Abs(fromDescriptor.Value(key) - fromSession.Value(key)) <= fromDescriptor.StdErr(key), $"{key}: {fromSession.Value(key)} against {fromDescriptor.Value(key)} ± {fromDescriptor.StdErr(key)}");
        }

        Assert.Equal("photons/µm^2", fromSession.Emva.GetProperty("sensitivityThresholdPerArea").GetProperty("unit").GetString());
        Assert.True(fromSession.Has("prnu"));
        Assert.Equal("simulated EMVA camera", fromSession.Document!.RootElement.GetProperty("camera").GetProperty("name").GetString());
    }

    [Fact]
    public void A_session_whose_flats_state_no_light_gives_the_figures_that_need_none_and_says_so()
    {
        EmvaSimulatedMeasurement m = SimulatedEmva.Write("emva-session-dark", new EmvaSimulationOptions { Points = 15, SpatialFrames = 0 });
        EmvaDescriptor d = EmvaDescriptorParser.Parse(m.DescriptorPath);
        string session = Path.Combine(TestPaths.NewTempFolder("emva-session-nolight"), "session.json");
        File.WriteAllText(session, JsonSerializer.Serialize(new
        {
            camera = new { name = "no light stated" },
            flats = d.Bright.Select(s => new { exposureMs = s.Exposure / 1e6, files = s.ImagePaths }),
            darks = d.Dark.Select(s => new { exposureMs = s.Exposure / 1e6, files = s.ImagePaths }),
        }));

        using EmvaRun r = EmvaRun.Of(session, "emva-session-nolight-out");

        Assert.Equal(0, r.Run.ExitCode);
        Assert.True(r.Has("systemGain") && r.Has("saturationCapacity") && r.Has("linearityError"));
        Assert.False(r.Has("quantumEfficiency"));
        SessionChecks.AssertDiagnostic(r.Document!.RootElement, "emva.no-photons", null);
        Assert.Equal("exposure", r.Emva.GetProperty("linearityAgainst").GetString());
    }
}
