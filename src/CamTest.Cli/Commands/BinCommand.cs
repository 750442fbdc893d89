using System.CommandLine;
using System.Text.Json;
using CamTest.Core.Calculators;
using CamTest.IO;

namespace CamTest.Cli.Commands;

/// <summary>
/// <c>camtest bin STACK --factor N --out FILE.tif|FILE.raw [--raw LAYOUT]</c>: software binning (sum of N x N blocks),
/// frame by frame, written as OME-TIFF (the binning in its metadata) or, for a .raw name, headerless binary with the
/// layout to read it back; for the binning trade-off.
/// </summary>
public static class BinCommand
{
    public static Command Create(CliConsole console)
    {
        var stack = new Argument<string>("stack") { Description = "image stack to bin" };
        var factor = new Option<int>("--factor") { Description = $"block size N (N x N pixels summed), 2..{SoftwareBinning.MaxFactor}", Required = true };
        var output = new Option<string>("--out") { Description = "output file: NAME.tif (OME-TIFF) or NAME.raw (headerless binary; the read-back layout is printed)", Required = true };
        Option<string?> raw = RawOption.Create();
        Option<bool> json = CalcOutput.JsonOption();
        var command = new Command("bin", "Software binning of a stack: sums of N x N blocks, widened so they cannot overflow.")
        {
            stack, factor, output, raw, json,
        };
        command.SetAction(p => Run(
            console, p.GetRequiredValue(stack), p.GetValue(factor), p.GetRequiredValue(output), p.GetValue(raw), p.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string input, int factor, string outPath, string? rawText, bool asJson)
    {
        if (factor < 2 || factor > SoftwareBinning.MaxFactor)
        {
            throw new UsageException($"--factor {factor} must be between 2 and {SoftwareBinning.MaxFactor}");
        }

        CheckOutput(input, outPath);
        BinnedStackFormat format = BinnedStackFormat.FromName(outPath);
        RawLayout? layout = RawOption.Parse(rawText);
        using IFrameSource source = ImageFile.Open(input, layout);
        StackInfo info = source.Info;
        if (info.Width < factor || info.Height < factor)
        {
            throw new UsageException($"--factor {factor} is larger than the {info.Width}x{info.Height} frame");
        }

        var target = new BinnedFrames(info, factor, SoftwareBinning.OutputType(info.PixelType));
        byte[] frame = new byte[info.BytesPerFrame];
        byte[] binned = new byte[target.BytesPerFrame];
        using (IBinnedStackWriter writer = format.Create(outPath, target))
        {
            for (int i = 0; i < info.FrameCount; i++)
            {
                source.ReadFrame(i, frame);
                SoftwareBinning.SumBlocks(frame, info.PixelType, info.Width, info.Height, factor, binned);
                writer.WriteFrame(binned);
            }

            writer.Complete();
        }

        var summary = new BinSummary(input, outPath, format, target);
        if (asJson)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(summary.ToJson(), CalcOutput.Readable));
        }
        else
        {
            summary.WriteText(console.Out);
        }

        return CamTestApp.Success;
    }

    private static void CheckOutput(string input, string outPath)
    {
        if (string.Equals(Path.GetFullPath(outPath), Path.GetFullPath(input), StringComparison.Ordinal))
        {
            throw new UsageException($"--out {outPath} is the input stack; camtest never overwrites an input");
        }

        if (Directory.Exists(outPath))
        {
            throw new UsageException($"--out {outPath} is a folder; give a file name in it (e.g. {Path.Combine(outPath, "binned.ome.tif")})");
        }

        if (File.Exists(outPath))
        {
            throw new UsageException($"--out {outPath} already exists; remove it or choose another name");
        }

        OutputCheck.File("--out", outPath);
    }
}
