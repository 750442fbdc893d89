using CamTest.IO;

namespace CamTest.Cli.Commands;

/// <summary>What <c>camtest bin</c> wrote, and how to read it back.</summary>
public sealed record BinSummary(string Input, string Output, int Factor, StackInfo Source, RawLayout Layout, int Frames)
{
    public string RawOption =>
        $"{Layout.Width}x{Layout.Height}:{Layout.PixelType.ToString().ToLowerInvariant()}:{(Layout.BigEndian ? "be" : "le")}";

    public int DroppedColumns => Source.Width - (Layout.Width * Factor);

    public int DroppedRows => Source.Height - (Layout.Height * Factor);

    public string Widening =>
        $"sums of {Factor}x{Factor} {Source.PixelType.ToString().ToLowerInvariant()} pixels are stored as {Layout.PixelType.ToString().ToLowerInvariant()} so they cannot overflow";

    public Dictionary<string, object> ToJson() => new()
    {
        ["input"] = Input,
        ["path"] = Output,
        ["format"] = "raw",
        ["factor"] = Factor,
        ["width"] = Layout.Width,
        ["height"] = Layout.Height,
        ["frames"] = Frames,
        ["pixelType"] = Layout.PixelType.ToString().ToLowerInvariant(),
        ["raw"] = RawOption,
        ["droppedColumns"] = DroppedColumns,
        ["droppedRows"] = DroppedRows,
        ["note"] = Widening,
    };

    public void WriteText(TextWriter output)
    {
        output.WriteLine($"wrote {Output}: {Frames} frame(s) of {Layout.Width}x{Layout.Height}, {Factor}x{Factor} binned (sum) from {Source.Width}x{Source.Height}");
        output.WriteLine($"  {Widening}");
        if (DroppedColumns > 0 || DroppedRows > 0)
        {
            output.WriteLine($"  the last {DroppedColumns} column(s) and {DroppedRows} row(s) do not fill a block and were dropped");
        }

        output.WriteLine($"  read it back with: --raw {RawOption}");
        output.WriteLine("  binning sums signal N^2-fold; on a CCD charge is summed before readout (one read noise per binned pixel),");
        output.WriteLine("  in software each of the N^2 reads adds its noise, so read noise grows N-fold (calc readout shows the speed side)");
    }
}
