namespace CamTest.Cli.Commands;

/// <summary>What <c>camtest bin</c> wrote, and how to read it back.</summary>
public sealed record BinSummary(string Input, string Output, BinnedStackFormat Format, BinnedFrames Stack)
{
    /// <summary>The --raw layout a .raw output reads back with (host byte order, as RawStackWriter writes).</summary>
    public string? RawOption => Format.IsRaw
        ? $"{Stack.Width}x{Stack.Height}:{Stack.PixelType.ToString().ToLowerInvariant()}:{(BitConverter.IsLittleEndian ? "le" : "be")}"
        : null;

    public string Widening =>
        $"sums of {Stack.Factor}x{Stack.Factor} {Stack.Source.PixelType.ToString().ToLowerInvariant()} pixels are stored as {Stack.PixelType.ToString().ToLowerInvariant()} so they cannot overflow";

    public Dictionary<string, object?> ToJson() => new()
    {
        ["input"] = Input,
        ["path"] = Output,
        ["format"] = Format.Name,
        ["factor"] = Stack.Factor,
        ["width"] = Stack.Width,
        ["height"] = Stack.Height,
        ["frames"] = Stack.Frames,
        ["pixelType"] = Stack.PixelType.ToString().ToLowerInvariant(),
        ["raw"] = RawOption,
        ["droppedColumns"] = Stack.DroppedColumns,
        ["droppedRows"] = Stack.DroppedRows,
        ["note"] = Widening,
    };

    public void WriteText(TextWriter output)
    {
        output.WriteLine($"wrote {Output} ({(Format.IsRaw ? "headerless binary" : "OME-TIFF")}): {Stack.Frames} frame(s) of {Stack.Width}x{Stack.Height}, {Stack.Factor}x{Stack.Factor} binned (sum) from {Stack.Source.Width}x{Stack.Source.Height}");
        output.WriteLine($"  {Widening}");
        if (Stack.DroppedColumns > 0 || Stack.DroppedRows > 0)
        {
            output.WriteLine($"  the last {Stack.DroppedColumns} column(s) and {Stack.DroppedRows} row(s) do not fill a block and were dropped");
        }

        if (RawOption is string raw)
        {
            output.WriteLine($"  read it back with: --raw {raw}");
        }

        output.WriteLine("  binning sums signal N^2-fold; on a CCD charge is summed before readout (one read noise per binned pixel),");
        output.WriteLine("  in software each of the N^2 reads adds its noise, so read noise grows N-fold (calc readout shows the speed side)");
    }
}
