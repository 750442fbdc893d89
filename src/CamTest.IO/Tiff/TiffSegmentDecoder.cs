using System.Buffers;

namespace CamTest.IO.Tiff;

/// <summary>
/// Reads one strip or tile and decodes it to host-order pixels: decompress, byte-swap, undo the predictor.
/// Buffers come from the shared pool per call, so concurrent reads share no mutable state.
/// </summary>
internal static class TiffSegmentDecoder
{
    public static void Decode(TiffFile file, TiffPageLayout layout, int frame, int index, long offset, long count, Span<byte> output)
    {
        if (layout.Compression == TiffCompression.None)
        {
            file.ReadPixels(offset, output, frame);
            if (file.NeedsSwap)
            {
                ByteOrder.Swap(output, layout.BytesPerPixel);
            }

            return;
        }

        if (count == 0)
        {
            output.Clear(); // a sparse segment that was never written reads as zeros, as in libtiff and tifffile
            return;
        }

        byte[] compressed = ArrayPool<byte>.Shared.Rent((int)count);
        try
        {
            ReadOnlySpan<byte> input = compressed.AsSpan(0, (int)count);
            file.ReadExactly(offset, compressed.AsSpan(0, (int)count), $"{Kind(layout)} {index} of frame {frame}");
            int written = Decompress(file, layout, input, output, frame, index);
            if (written < output.Length)
            {
                throw file.Fail($"{layout.Compression switch { TiffCompression.Lzw => "LZW", TiffCompression.PackBits => "PackBits", _ => "Deflate" }} data of {Kind(layout)} {index} of frame {frame} ended after {written} of {output.Length} bytes (corrupt or truncated)");
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(compressed);
        }

        if (layout.Predictor == 3)
        {
            FloatingPointPredictor.Undo(output, layout.SegmentRowBytes, layout.BytesPerPixel);
            return;
        }

        if (file.NeedsSwap)
        {
            ByteOrder.Swap(output, layout.BytesPerPixel);
        }

        if (layout.Predictor == 2)
        {
            HorizontalPredictor.Undo(output, layout.SegmentRowBytes, layout.BytesPerPixel);
        }
    }

    private static string Kind(TiffPageLayout layout) => layout.Tiled ? "tile" : "strip";

    private static int Decompress(TiffFile file, TiffPageLayout layout, ReadOnlySpan<byte> input, Span<byte> output, int frame, int index)
    {
        try
        {
            return layout.Compression switch
            {
                TiffCompression.Lzw => LzwDecoder.Decode(input, output),
                TiffCompression.PackBits => PackBitsDecoder.Decode(input, output),
                _ => ZlibInflater.Inflate(input, output),
            };
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidInputException(file.Path, $"compressed data of {Kind(layout)} {index} of frame {frame} is corrupt ({ex.Message})", ex);
        }
    }
}
