using System.Text;
using Microsoft.Win32.SafeHandles;

namespace CamTest.IO.Fits;

/// <summary>
/// Reads one FITS header: 2880-byte blocks of 36 cards of 80 ASCII characters, up to the END card.
/// Never reads past the end of the file and reports a missing END as a truncated or damaged header.
/// </summary>
internal static class FitsHeaderReader
{
    public const int BlockSize = 2880;
    private const int CardSize = 80;

    // A header longer than this is not a camera frame's header; stop rather than read a huge garbage file as cards.
    private const int MaxHeaderBlocks = 10_000;

    public static FitsHeader Read(string path, SafeFileHandle handle, long offset, long fileLength)
    {
        var cards = new List<KeyValuePair<string, string>>();
        byte[] block = new byte[BlockSize];
        for (int blockIndex = 0; blockIndex < MaxHeaderBlocks; blockIndex++)
        {
            long blockOffset = offset + ((long)blockIndex * BlockSize);
            if (blockOffset + BlockSize > fileLength)
            {
                throw new InvalidInputException(
                    path, $"FITS header starting at byte {offset} has no END card before the file ends (truncated or not a FITS file)");
            }

            if (RandomAccess.Read(handle, block, blockOffset) != BlockSize)
            {
                throw new InvalidInputException(path, "file ended while reading the FITS header");
            }

            for (int c = 0; c < BlockSize / CardSize; c++)
            {
                ReadOnlySpan<byte> card = block.AsSpan(c * CardSize, CardSize);
                foreach (byte b in card)
                {
                    if (b < 0x20 || b > 0x7E)
                    {
                        // Binary bytes after valid cards usually mean the END card is missing and data follows.
                        string cause = blockIndex + c > 0 ? "no END card before binary data" : "not a FITS header";
                        throw new InvalidInputException(
                            path, $"FITS header card {(blockIndex * 36) + c + 1} holds a non-ASCII byte 0x{b:X2} ({cause}; damaged or not a FITS file)");
                    }
                }

                string text = Encoding.ASCII.GetString(card);
                string keyword = text[..8].TrimEnd();
                if (keyword == "END")
                {
                    return new FitsHeader(cards, blockOffset + BlockSize);
                }

                if (text.Length > 9 && text[8] == '=' && text[9] == ' ' && keyword.Length > 0)
                {
                    cards.Add(new KeyValuePair<string, string>(keyword, FitsCardValue.Parse(text[10..])));
                }
            }
        }

        throw new InvalidInputException(path, $"FITS header has no END card within {MaxHeaderBlocks} blocks");
    }
}
