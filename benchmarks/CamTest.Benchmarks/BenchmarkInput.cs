using System.Runtime.InteropServices;
using CamTest.IO;

namespace CamTest.Benchmarks;

/// <summary>
/// The benchmark input: 100 frames of 2048x2048 uint16 (800 MiB) of pseudo-random camera-like codes,
/// written once to a raw file under the temp folder (or CAMTEST_BENCH_DIR) and reused by later runs.
/// </summary>
public static class BenchmarkInput
{
    public const int Width = 2048, Height = 2048, Frames = 100;

    public static string Folder =>
        Environment.GetEnvironmentVariable("CAMTEST_BENCH_DIR") ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "camtest-bench");

    public static string RawPath => System.IO.Path.Combine(Folder, $"stack-{Width}x{Height}x{Frames}-uint16.raw");

    public static RawLayout RawLayout { get; } = new(Width, Height, PixelType.UInt16);

    /// <summary>Writes the raw stack unless a file of the right size is already there.</summary>
    public static string EnsureRaw()
    {
        long bytes = (long)Width * Height * 2 * Frames;
        if (File.Exists(RawPath) && new FileInfo(RawPath).Length == bytes)
        {
            return RawPath;
        }

        Directory.CreateDirectory(Folder);
        var random = new Random(1288);
        var frame = new ushort[Width * Height];
        string partial = RawPath + ".partial";
        using (FileStream file = File.Create(partial))
        {
            for (int f = 0; f < Frames; f++)
            {
                // Bias ~100 ADU plus a signal ramp over the stack and ~+-64 ADU of noise: values a 16-bit camera gives.
                for (int i = 0; i < frame.Length; i++)
                {
                    frame[i] = (ushort)(100 + (f * 300) + random.Next(128));
                }

                file.Write(MemoryMarshal.AsBytes(frame.AsSpan()));
            }
        }

        File.Move(partial, RawPath, overwrite: true);
        return RawPath;
    }

    public static string TiffPath => System.IO.Path.Combine(Folder, $"stack-{Width}x{Height}x{Frames}-uint16.ome.tif");

    /// <summary>The same frames as an OME-TIFF (the project's writer; uncompressed, one strip per frame), for the TIFF reader.</summary>
    public static string EnsureTiff()
    {
        if (File.Exists(TiffPath))
        {
            return TiffPath;
        }

        string raw = EnsureRaw();
        string partial = TiffPath + ".partial.ome.tif";
        File.Delete(partial);
        var series = new CamTest.IO.Writers.OmeTiffSeries
        {
            Width = Width,
            Height = Height,
            Planes = [.. Enumerable.Range(0, Frames).Select(i => new CamTest.IO.Writers.OmeTiffPlane(10, i * 10.0))],
        };
        using (IFrameSource source = RawFrameSource.Open(raw, RawLayout))
        using (var writer = CamTest.IO.Writers.OmeTiffWriter.Create(partial, series))
        {
            var frame = new ushort[Width * Height];
            for (int f = 0; f < Frames; f++)
            {
                source.ReadFrame<ushort>(f, frame);
                writer.WriteFrame(frame);
            }

            writer.Complete();
        }

        File.Move(partial, TiffPath);
        return TiffPath;
    }

    /// <summary>Reads the whole file once so the measured runs find it in the page cache.</summary>
    public static void WarmPageCache(string path)
    {
        var buffer = new byte[16 << 20];
        using FileStream file = File.OpenRead(path);
        while (file.Read(buffer) > 0)
        {
        }
    }
}
