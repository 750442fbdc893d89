using System.CommandLine;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using CamTest.Core.Maps;
using CamTest.Core.Results;
using CamTest.IO;
using CamTest.Reporting;
using CamTest.Reporting.Json;

namespace CamTest.Cli.Commands;

/// <summary>
/// <c>camtest maps DARKS... [--flats LEVEL...] --out DIR</c>: per-pixel sCMOS calibration maps, streamed (memory does
/// not grow with the number of frames): offset and variance from the dark frames (all DARKS files are one stack), and
/// with flats (one file per light level, two or more frames each) the gain by the per-pixel fit through the
/// dark-subtracted origin and the read noise in electrons; a bad-pixel mask and list; float32 TIFF maps and a
/// results.json summary, written all or nothing.
/// </summary>
public static class MapsCommand
{
    public const string Schema = "camtest.maps/1";

    public static readonly string[] OutputFiles =
        ["offset.tif", "variance.tif", "gain.tif", "read_noise.tif", "bad_pixels.tif", "bad_pixels.csv", "results.json"];

    public static Command Create(CliConsole console)
    {
        var darks = new Argument<string[]>("darks") { Arity = ArgumentArity.OneOrMore, Description = "dark (or bias) frames: one stack over all files given" };
        var flats = new Option<string[]>("--flats") { Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = true, Description = "flat stacks, one file per light level (2+ frames each), for the gain and read-noise maps" };
        var output = new Option<string>("--out") { Description = "output folder", Required = true };
        var force = new Option<bool>("--force") { Description = "replace maps from an earlier run in --out" };
        var command = new Command("maps", "Per-pixel offset, variance, gain and read-noise maps and bad pixels, streamed from any number of frames.")
        {
            darks, flats, output, force,
        };
        command.SetAction(p => Run(console, p.GetRequiredValue(darks), p.GetValue(flats) ?? [], p.GetRequiredValue(output), p.GetValue(force)));
        return command;
    }

    private static int Run(CliConsole console, string[] darkPaths, string[] flatPaths, string outDir, bool force)
    {
        OutputCheck.Folder(outDir);
        OutputCheck.NoEarlierRun(outDir, force, OutputFiles);
        Task json = WriterWarmUp.Start(SampleDocument);
        using IFrameSource darks = ConcatenatedFrameSource.Open(darkPaths);
        var flats = new List<IFrameSource>();
        try
        {
            foreach (string path in flatPaths)
            {
                flats.Add(ImageFile.Open(path));
            }

            CameraMaps maps = ProgressDisplay.Run(console, progress => CameraMapsBuilder.Build(darks, flats, progress));
            json.GetAwaiter().GetResult();
            MapsDocument document = Write(maps, () => Document(maps, darkPaths, flatPaths), outDir);
            console.Out.WriteLine(Line(document.Maps));
            console.Out.WriteLine($"maps: {Path.GetFullPath(outDir)}");
            return CamTestApp.Success;
        }
        finally
        {
            foreach (IFrameSource flat in flats)
            {
                flat.Dispose();
            }
        }
    }

    /// <summary>
    /// A made-up document of the results.json shape, for <see cref="WriterWarmUp"/> to build the contract while the
    /// stack is being opened (System.Text.Json reflects over <see cref="MapsDocument"/> on first use, 0.1-0.2 s on one
    /// thread that would otherwise come after the maps). Its text is thrown away; nothing changes any output.
    /// </summary>
    private static MapsDocument SampleDocument()
    {
        MapSummary summary = MapSummary.Of([1, 2, 3], MapFigures.Offset);
        return new MapsDocument(Schema, new MapsSection(
            1, 1, ["dark.tif"], 3, [new MapsFlatLevel("flat.tif", 2)], summary, summary, summary, summary,
            new MapsBadPixels(0, new Dictionary<string, long> { ["offset"] = 0 }, BadPixelFinder.Sigmas, [0, 1], [0, 1]),
            new Dictionary<string, string> { ["offset"] = "offset.tif" }));
    }

    private static MapsDocument Document(CameraMaps maps, string[] darkPaths, string[] flatPaths)
    {
        var files = new Dictionary<string, string> { ["offset"] = "offset.tif", ["variance"] = "variance.tif" };
        if (maps.Gain is not null)
        {
            files["gain"] = "gain.tif";
            files["readNoise"] = "read_noise.tif";
        }

        files["badPixelMask"] = "bad_pixels.tif";
        files["badPixelList"] = "bad_pixels.csv";
        (double offsetLow, double offsetHigh) = maps.OffsetLimits;
        (double varianceLow, double varianceHigh) = maps.VarianceLimits;
        BadPixelReason[] reasons = [.. Enum.GetValues<BadPixelReason>().Where(r => r != BadPixelReason.None)];
        var perReason = new long[reasons.Length];
        long bad = 0;
        foreach (BadPixelReason b in maps.BadPixels)
        {
            if (b == BadPixelReason.None)
            {
                continue;
            }

            bad++;
            for (int r = 0; r < reasons.Length; r++)
            {
                perReason[r] += b.HasFlag(reasons[r]) ? 1 : 0;
            }
        }

        var byReason = new Dictionary<string, long>();
        for (int r = 0; r < reasons.Length; r++)
        {
            byReason[JsonNamingPolicy.CamelCase.ConvertName(reasons[r].ToString())] = perReason[r];
        }

        // Each map's summary is independent of the others: all cores share them. Offset and variance were ranked for
        // their bad-pixel limits already; their summaries read the same selection.
        (Func<RankedMap>? Ranked, FigureDeclaration Figure)[] summarised =
        [
            (() => maps.RankedOffset ?? RankedMap.Of(maps.Offset), MapFigures.Offset),
            (() => maps.RankedVariance ?? RankedMap.Of(maps.Variance), MapFigures.Variance),
            (maps.Gain is { } gain ? () => RankedMap.Of(gain) : null, MapFigures.Gain),
            (maps.ReadNoise is { } readNoise ? () => RankedMap.Of(readNoise) : null, MapFigures.ReadNoise),
        ];
        var summaries = new MapSummary[summarised.Length];
        Parallel.For(0, summarised.Length, i =>
        {
            if (summarised[i].Ranked is { } ranked)
            {
                summaries[i] = MapSummary.Of(ranked(), summarised[i].Figure);
            }
        });
        return new MapsDocument(Schema, new MapsSection(
            maps.Width,
            maps.Height,
            [.. darkPaths.Select(Path.GetFullPath)],
            maps.DarkFrames,
            [.. flatPaths.Zip(maps.FlatFrames, (f, n) => new MapsFlatLevel(Path.GetFullPath(f), n))],
            summaries[0],
            summaries[1],
            maps.Gain is null ? null : summaries[2],
            maps.ReadNoise is null ? null : summaries[3],
            new MapsBadPixels(bad, byReason, BadPixelFinder.Sigmas, [offsetLow, offsetHigh], [varianceLow, varianceHigh]),
            files));
    }

    /// <summary>
    /// Writes every file, all or nothing. The files are written by two threads, half each (copying 36 MB or more into
    /// the page cache is about a core's work, and the files are independent), while this one summarises the maps for
    /// results.json (<paramref name="document"/>: a histogram pass per map, their selections are done already).
    /// </summary>
    private static MapsDocument Write(CameraMaps maps, Func<MapsDocument> document, string outDir)
    {
        var folder = new OutputFolder(outDir);
        int w = maps.Width, h = maps.Height;
        Task firstHalf = Task.Run(() =>
        {
            folder.Stage("offset.tif", p => MapTiff.WriteFloat32(p, "offset", w, h, maps.Offset, $"offset: mean of {maps.DarkFrames} dark frames, {MapFigures.Offset.Unit}"));
            if (maps.Gain is { } gain)
            {
                folder.Stage("gain.tif", p => MapTiff.WriteFloat32(p, "gain", w, h, gain, $"gain, {MapFigures.Gain.Unit}: per-pixel fit of flat variance on flat signal through the dark-subtracted origin, {maps.FlatFrames.Count} levels"));
            }

            folder.Stage("bad_pixels.tif", p => MapTiff.WriteMask(p, "bad_pixels", w, h, maps.BadPixels, "bad pixels: 1 = bad (see bad_pixels.csv)"));
        });
        Task secondHalf = Task.Run(() =>
        {
            folder.Stage("variance.tif", p => MapTiff.WriteFloat32(p, "variance", w, h, maps.Variance, $"variance of {maps.DarkFrames} dark frames (N - 1), {MapFigures.Variance.Unit}"));
            if (maps.ReadNoise is { } readNoise)
            {
                folder.Stage("read_noise.tif", p => MapTiff.WriteFloat32(p, "read_noise", w, h, readNoise, $"read noise, {MapFigures.ReadNoise.Unit} rms: sqrt(dark variance) / gain"));
            }

            folder.StageText("bad_pixels.csv", BadPixelCsv(maps));
        });
        Task files = Task.WhenAll(firstHalf, secondHalf);
        try
        {
            MapsDocument? summary = null;
            ExceptionDispatchInfo? failure = null;
            try
            {
                summary = document();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }

            // The folder is the writing threads' until both are done, failed or not; the summary's failure comes first.
            try
            {
                files.GetAwaiter().GetResult();
            }
            catch when (failure is not null)
            {
            }

            failure?.Throw();
            folder.StageText("results.json", JsonSerializer.Serialize(summary!, ResultsJson.Options));
            folder.Commit();
            return summary!;
        }
        catch
        {
            folder.Discard();
            throw;
        }
    }

    /// <summary>
    /// One line per bad pixel. A map can hold tens of thousands (a quantised offset map of a synthetic sensor: 66K of
    /// 4M), but only a few combinations of reasons: each combination's text is made once, not once per pixel (a flags
    /// enum's ToString is the dearest part of a line).
    /// </summary>
    private static string BadPixelCsv(CameraMaps maps)
    {
        var csv = new StringBuilder("x,y,reasons\n");
        var reasonTexts = new string?[byte.MaxValue + 1];
        for (int i = 0; i < maps.BadPixels.Length; i++)
        {
            BadPixelReason reason = maps.BadPixels[i];
            if (reason != BadPixelReason.None)
            {
                string text = reasonTexts[(byte)reason] ??= reason.ToString().Replace(", ", "|", StringComparison.Ordinal);
                csv.Append(CultureInfo.InvariantCulture, $"{i % maps.Width},{i / maps.Width},{text}\n");
            }
        }

        return csv.ToString();
    }

    /// <summary>The medians as every figure is written (<see cref="QuantityText"/>): with their standard errors, "± ?"
    /// where one is unknown.</summary>
    private static string Line(MapsSection m)
    {
        string gain = m.Gain is { } g
            ? $"; gain median {QuantityText.Of(g.Median)}, read noise median {QuantityText.Of(m.ReadNoise!.Median)}"
            : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{m.Width} x {m.Height} px from {m.DarkFrames} dark frames: offset median {QuantityText.Of(m.Offset.Median)}, variance median {QuantityText.Of(m.Variance.Median)}{gain}; {m.BadPixels.Count} bad pixels");
    }
}
