
namespace CamTest.IO.Emva;

/// <summary>
/// Parses an EMVA 1288 descriptor: <c>v version</c>, <c>n bits width height</c>, <c>b exposure photons</c>,
/// <c>d exposure</c>, each b/d followed by <c>i path</c> lines; <c>#</c> starts a comment line. Paths may use
/// Windows backslashes and are relative to the descriptor's folder. Follows the emva1288 reference parser's
/// rules (at least two images per set, comma decimals accepted) but reports every problem with its line number, and
/// keeps a set that repeats an earlier exposure and photon count (more pairs at one point) where the reference refuses it.
/// </summary>
public static class EmvaDescriptorParser
{
    public static EmvaDescriptor Parse(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException(path, "EMVA descriptor file not found");
        }

        return ParseText(path, InputFile.ReadAllText(path));
    }

    /// <summary>Parses descriptor <paramref name="text"/> as if read from <paramref name="path"/> (which anchors relative image paths).</summary>
    public static EmvaDescriptor ParseText(string path, string text)
    {
        string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        var state = new EmvaDescriptorBuilder(path, folder);
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                state.Accept(i + 1, line);
            }
        }

        return state.Finish();
    }
}
