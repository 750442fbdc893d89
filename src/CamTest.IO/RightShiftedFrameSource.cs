using System.Runtime.InteropServices;

namespace CamTest.IO;

/// <summary>
/// A stack of left-shifted codes (a 12-bit ADC delivered in 16-bit words as code x 16) read back in the ADC's native
/// codes: every value shifted right by <see cref="Shift"/> bits as it is read, so every figure downstream is in native
/// ADU. Integer pixel types only; the bit depth is the container's less the shift.
/// </summary>
public sealed class RightShiftedFrameSource : IFrameSource
{
    private readonly IFrameSource _inner;

    public RightShiftedFrameSource(IFrameSource inner, int shift)
    {
        if (!inner.Info.PixelType.IsInteger() || shift is < 1 or > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(shift), shift, $"a right shift of 1-16 bits applies to integer pixels, not {inner.Info.PixelType}");
        }

        _inner = inner;
        Shift = shift;
        Info = inner.Info with { BitDepth = Math.Max(1, inner.Info.BitDepth - shift) };
    }

    public int Shift { get; }

    public StackInfo Info { get; }

    public void ReadRows(int frame, int firstRow, int rowCount, Span<byte> destination)
    {
        _inner.ReadRows(frame, firstRow, rowCount, destination);
        switch (Info.PixelType)
        {
            case PixelType.UInt8:
                foreach (ref byte v in destination)
                {
                    v >>= Shift;
                }

                break;
            case PixelType.UInt16:
                foreach (ref ushort v in MemoryMarshal.Cast<byte, ushort>(destination))
                {
                    v >>= Shift;
                }

                break;
            case PixelType.Int16:
                foreach (ref short v in MemoryMarshal.Cast<byte, short>(destination))
                {
                    v >>= Shift;
                }

                break;
            case PixelType.UInt32:
                foreach (ref uint v in MemoryMarshal.Cast<byte, uint>(destination))
                {
                    v >>= Shift;
                }

                break;
            default:
                foreach (ref int v in MemoryMarshal.Cast<byte, int>(destination))
                {
                    v >>= Shift;
                }

                break;
        }
    }

    public void Dispose() => _inner.Dispose();
}
