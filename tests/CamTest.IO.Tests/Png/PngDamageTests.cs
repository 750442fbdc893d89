using CamTest.TestSupport;

namespace CamTest.IO.Tests.Png;

/// <summary>Damaged copies of valid fixtures: the reader must decode them or refuse them, never crash.</summary>
public class PngDamageTests
{
    [Theory]
    [InlineData("grey16_sbit12_filters.png")]
    [InlineData("grey4_filters.png")]
    [InlineData("pil_grey8.png")]
    public void Truncated_or_byte_damaged_copies_are_read_or_refused_never_crash(string fixture)
    {
        byte[] original = File.ReadAllBytes(TestPaths.Fixture("png", fixture));
        string folder = TestPaths.NewTempFolder("png-damage");
        var random = new Random(2024);
        int refused = 0;
        for (int trial = 0; trial < 200; trial++)
        {
            byte[] damaged = (byte[])original.Clone();
            if (trial < 100)
            {
                damaged = original[..random.Next(1, original.Length)];
            }
            else
            {
                damaged[random.Next(8, damaged.Length)] ^= (byte)random.Next(1, 256);
            }

            string path = Path.Combine(folder, $"{trial}.png");
            File.WriteAllBytes(path, damaged);
            try
            {
                using IFrameSource source = ImageFile.Open(path);
                source.ReadFrameAsDouble(0);
            }
            catch (InvalidInputException)
            {
                refused++;
            }
        }

        // Every chunk is CRC-protected and IEND ends the file, so every truncation and every changed byte inside a
        // chunk is detected; only a changed byte in an ancillary chunk's type could in principle pass unnoticed.
        Assert.True(refused >= 195, $"only {refused} of 200 damaged copies were refused");
    }
}
