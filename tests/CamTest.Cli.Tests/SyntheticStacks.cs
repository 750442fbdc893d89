using System.Text.Json;
using CamTest.IO.Writers;

namespace CamTest.Cli.Tests;

/// <summary>
/// Small OME-TIFF stacks with known statistics for CLI tests: a bias of 100 ADU with 3 ADU read noise, and flats
/// whose shot noise follows a gain of 2 e-/ADU (normal approximation to Poisson), clipped at a 12-bit ADC.
/// </summary>
public sealed class SyntheticStacks(string folder, int width = 64, int height = 48, int seed = 5)
{
    public const double Bias = 100, ReadNoiseAdu = 3, Gain = 2;
    private readonly Random _rng = new(seed);

    public string Folder { get; } = folder;

    /// <summary>Writes <paramref name="frames"/> frames at <paramref name="signalAdu"/> above the bias; returns the file name.</summary>
    public string Write(string name, int frames, double signalAdu, double exposureMs = 0, int? widthOverride = null)
    {
        int w = widthOverride ?? width;
        return WriteFrames(name, [.. Enumerable.Range(0, frames).Select(_ => Frame(signalAdu, w))], exposureMs, w);
    }

    /// <summary>One frame at <paramref name="signalAdu"/> above the bias, clipped at the 12-bit ADC.</summary>
    public ushort[] Frame(double signalAdu, int? widthOverride = null)
    {
        var pixels = new ushort[(widthOverride ?? width) * height];
        for (int i = 0; i < pixels.Length; i++)
        {
            double shot = Math.Sqrt(Math.Max(signalAdu, 0) / Gain);
            double v = Bias + signalAdu + Normal(ReadNoiseAdu) + Normal(shot);
            pixels[i] = (ushort)Math.Clamp(Math.Round(v), 0, 4095);
        }

        return pixels;
    }

    /// <summary>Writes the given frames as an OME-TIFF stack (stated bit depth <paramref name="bitDepth"/>); returns the file name.</summary>
    public string WriteFrames(string name, IReadOnlyList<ushort[]> frames, double exposureMs, int? widthOverride = null, int bitDepth = 12)
    {
        var series = new OmeTiffSeries
        {
            Width = widthOverride ?? width,
            Height = height,
            BitDepth = bitDepth,
            Planes = [.. Enumerable.Range(0, frames.Count).Select(i => new OmeTiffPlane(exposureMs, i * (exposureMs + 10)))],
        };
        using (OmeTiffWriter writer = OmeTiffWriter.Create(Path.Combine(Folder, name), series))
        {
            foreach (ushort[] frame in frames)
            {
                writer.WriteFrame(frame);
            }

            writer.Complete();
        }

        return name;
    }

    /// <summary>Writes session.json in the folder from an anonymous object; returns its path.</summary>
    public string Session(object manifest)
    {
        string path = Path.Combine(Folder, "session.json");
        File.WriteAllText(path, JsonSerializer.Serialize(manifest));
        return path;
    }

    private double Normal(double sigma) =>
        sigma * Math.Sqrt(-2 * Math.Log(1 - _rng.NextDouble())) * Math.Cos(2 * Math.PI * _rng.NextDouble());
}
