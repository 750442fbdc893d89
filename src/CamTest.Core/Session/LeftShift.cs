using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using CamTest.IO;
using CamTest.IO.Session;

namespace CamTest.Core.Session;

/// <summary>
/// Detects left-shifted data: a camera whose N-bit ADC delivers its codes in wider words shifted left (a 12-bit ADC in
/// 16-bit words: every code a multiple of 16). Gain and noise in those codes are 2^shift off the native ADU, so the
/// session is read shifted back. The shift is the number of low bits that are zero in every value of every stack
/// (read until <see cref="ValuesPerStack"/> values or the stack's end): noise fills the low bits of real codes, so one
/// stack of noisy values with an odd code rules a shift out. It runs before the analysis pass, not from that pass's code
/// counts: the shift decides how every stack is read (shifted back, so accumulators, clipping thresholds and top-code
/// counts are in native ADU), and the pass counts only the few extreme codes, not the low bits. Its cost is at most
/// 65,536 values (128 KiB of 16-bit codes) per stack.
/// </summary>
public static class LeftShift
{
    /// <summary>Values read per stack: 2^-65536 is the chance that noisy codes all come out even by luck.</summary>
    public const long ValuesPerStack = 65_536;

    /// <summary>Fewer values than this (all stacks together) cannot tell a shift from luck: no shift is claimed.</summary>
    public const long MinimumValues = 256;

    /// <returns>The shift in bits (0 when the data are not shifted, or are not integers).</returns>
    public static int Detect(SessionManifest manifest, Func<IReadOnlyList<string>, IFrameSource> open)
    {
        ulong bits = 0;
        long values = 0;
        foreach ((string _, SessionEntry entry) in manifest.Stacks())
        {
            if (entry.Files is not { Count: > 0 } files)
            {
                continue;
            }

            using IFrameSource source = open(files);
            if (!source.Info.PixelType.IsInteger())
            {
                return 0;
            }

            // Only the first rows holding ValuesPerStack values are read (a frame of doubles per stack cost a quarter
            // of a full-frame analysis); whole frames, then rows of the next, until that many.
            StackInfo info = source.Info;
            long read = 0;
            for (int f = 0; f < info.FrameCount && read < ValuesPerStack && info.Width > 0; f++)
            {
                int rows = (int)Math.Min(info.Height, (ValuesPerStack - read + info.Width - 1) / info.Width);
                // One pooled buffer per read, the codes' bits taken as they are: no fresh arrays (of bytes, then of
                // doubles) for every stack, whose pages each cost a fault.
                int length = checked(rows * info.Width * info.BytesPerPixel);
                byte[] raw = ArrayPool<byte>.Shared.Rent(length);
                try
                {
                    source.ReadRows(f, 0, rows, raw.AsSpan(0, length));
                    bits |= Bits(raw.AsSpan(0, length), info.PixelType);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(raw);
                }

                read += (long)rows * info.Width;
            }

            values += read;
        }

        return bits == 0 || values < MinimumValues ? 0 : Math.Min(BitOperations.TrailingZeroCount(bits), 16);
    }

    /// <summary>The bits set in any of the integer codes (negative codes as their two's complement).</summary>
    private static ulong Bits(ReadOnlySpan<byte> raw, PixelType type) => type switch
    {
        PixelType.UInt8 => Bits(raw),
        PixelType.UInt16 => Bits(MemoryMarshal.Cast<byte, ushort>(raw)),
        PixelType.Int16 => Bits(MemoryMarshal.Cast<byte, short>(raw)),
        PixelType.UInt32 => Bits(MemoryMarshal.Cast<byte, uint>(raw)),
        PixelType.Int32 => Bits(MemoryMarshal.Cast<byte, int>(raw)),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not integer codes"),
    };

    private static ulong Bits<T>(ReadOnlySpan<T> codes)
        where T : unmanaged, IBinaryInteger<T>
    {
        ulong bits = 0;
        foreach (T code in codes)
        {
            bits |= (ulong)long.CreateTruncating(code);
        }

        return bits;
    }
}
