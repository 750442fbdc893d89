using System.Text.Json;
using CamTest.IO.Emva;

namespace CamTest.Cli.Tests;

/// <summary>
/// An EMVA 1288 descriptor's pairs as a protocol session: bright pairs as flats, dark pairs as darks, and (when asked)
/// the shortest dark pair as the bias. The descriptor's exposures are in ns (set 001's README): 40000 = 40 us.
/// </summary>
public static class EmvaSessionFile
{
    public static string Write(EmvaDescriptor d, string folder, string cameraName, bool withBias = true, bool statesBitDepth = true)
    {
        var darks = d.DarkPairs.Select(p => new { exposureMs = p.Exposure / 1e6, files = p.ImagePaths }).ToList();
        var flats = d.BrightPairs.Select(p => new { exposureMs = p.Exposure / 1e6, files = p.ImagePaths }).ToList();
        object camera = statesBitDepth ? new { name = cameraName, sensor = "CCD", bitDepth = d.Bits } : new { name = cameraName, sensor = "CCD" };
        string session = Path.Combine(folder, "session.json");
        File.WriteAllText(session, withBias
            ? JsonSerializer.Serialize(new { camera, bias = darks[0], flats, darks })
            : JsonSerializer.Serialize(new { camera, flats, darks }));
        return session;
    }
}
