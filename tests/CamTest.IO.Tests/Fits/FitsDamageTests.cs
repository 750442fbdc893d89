using CamTest.TestSupport;

namespace CamTest.IO.Tests.Fits;

/// <summary>Damaged copies of valid fixtures: the reader must read them or refuse them, never crash.</summary>
public class FitsDamageTests
{
    [Theory]
    [InlineData("u16_cube.fits")]
    [InlineData("scaled_i16_cube.fits")]
    [InlineData("extension_u16.fits")]
    public void Truncated_or_byte_damaged_copies_are_read_or_refused_never_crash(string fixture)
    {
        byte[] original = File.ReadAllBytes(TestPaths.Fixture("fits", fixture));
        string folder = TestPaths.NewTempFolder("fits-damage");
        var random = new Random(1288);
        for (int trial = 0; trial < 200; trial++)
        {
            byte[] damaged = trial < 100
                ? original[..random.Next(1, original.Length)]
                : FlipBytes(original, random);
            string path = Path.Combine(folder, $"{trial}.fits");
            File.WriteAllBytes(path, damaged);

            ReadAllOrRefuse(path);
        }
    }

    internal static void ReadAllOrRefuse(string path)
    {
        try
        {
            using IFrameSource source = ImageFile.Open(path);
            for (int f = 0; f < source.Info.FrameCount; f++)
            {
                source.ReadFrameAsDouble(f);
            }
        }
        catch (InvalidInputException)
        {
            // Refusing with a message is the right outcome for damaged data; any other exception fails the test.
        }
    }

    private static byte[] FlipBytes(byte[] original, Random random)
    {
        byte[] copy = (byte[])original.Clone();
        for (int i = 0; i < 3; i++)
        {
            // Mostly in the header, where damage changes the structure rather than just a pixel value.
            int at = random.Next(0, Math.Min(copy.Length, 2 * 2880));
            copy[at] = (byte)random.Next(0x20, 0x7F);
        }

        return copy;
    }
}
