using System.Text.Json;
using System.Text.Json.Nodes;
using CamTest.IO;
using CamTest.IO.Writers;

namespace CamTest.Cli.Tests.RealAcquisitions;

/// <summary>
/// A simulated session (camtest simulate, known truth) and the messy variants real acquisitions make of it, written
/// as OME-TIFF by the project's writer from the simulated frames: frames picked out, codes shifted left.
/// </summary>
public sealed class SimulatedSessionCopy(string folder)
{
    public string Folder { get; } = folder;

    public string SessionPath => Path.Combine(Folder, "session.json");

    /// <summary>Simulates the preset into <paramref name="folder"/> (128 x 128, seed fixed).</summary>
    public static SimulatedSessionCopy Simulate(string folder, string preset, int seed)
    {
        CliRun run = CliRun.Of("simulate", "--camera", preset, "--out", folder, "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--width", "128", "--height", "128");
        Assert.True(run.ExitCode == 0, run.Stderr);
        return new SimulatedSessionCopy(folder);
    }

    public JsonObject Manifest() => JsonNode.Parse(File.ReadAllText(SessionPath))!.AsObject();

    /// <summary>Writes a manifest beside the stacks; returns its path.</summary>
    public string Write(JsonObject manifest, string name)
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllText(path, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    /// <summary>Frames <paramref name="frames"/> of <paramref name="source"/> as a new stack, each code shifted left by
    /// <paramref name="shift"/> bits (stated bit depth raised to match, or <paramref name="fileBitDepth"/> when given:
    /// 16 for a file that states only its 16-bit words), exposure <paramref name="exposureMs"/>.</summary>
    public string Copy(string source, string name, IEnumerable<int>? frames = null, int shift = 0, double? exposureMs = null, int? fileBitDepth = null)
    {
        using IFrameSource input = ConcatenatedFrameSource.Open([Path.Combine(Folder, source)]);
        StackInfo info = input.Info;
        int[] picked = [.. frames ?? Enumerable.Range(0, info.FrameCount)];
        double exposure = exposureMs ?? (info.Frames.Count > 0 ? info.Frames[0].ExposureMs : null) ?? info.ExposureMs ?? 0;
        var series = new OmeTiffSeries
        {
            Width = info.Width,
            Height = info.Height,
            BitDepth = fileBitDepth ?? Math.Min(16, info.BitDepth + shift),
            Planes = [.. picked.Select((_, i) => new OmeTiffPlane(exposure, i * (exposure + 10)))],
        };
        using (OmeTiffWriter writer = OmeTiffWriter.Create(Path.Combine(Folder, name), series))
        {
            var pixels = new ushort[info.PixelsPerFrame];
            foreach (int f in picked)
            {
                input.ReadFrame<ushort>(f, pixels);
                for (int i = 0; i < pixels.Length; i++)
                {
                    pixels[i] = checked((ushort)(pixels[i] << shift));
                }

                writer.WriteFrame(pixels);
            }

            writer.Complete();
        }

        return name;
    }

    public static JsonObject Entry(double exposureMs, params string[] files) =>
        new() { ["exposureMs"] = exposureMs, ["files"] = new JsonArray([.. files.Select(f => (JsonNode)f!)]) };
}
