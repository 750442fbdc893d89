namespace CamTest.Core.Diagnostics;

/// <summary>
/// The order a session is told in: its stacks as the manifest lists them (bias, flats, darks, hot pixels, EM gain), each
/// followed by the figures made from it. Diagnostics are reported in this order, and by exposure within a section,
/// whatever order the stages happened to raise them in. A section not listed here (a module's own) follows, in the
/// order raised.
/// </summary>
public static class SessionOrder
{
    private static readonly string[] Sections =
    [
        "camera",
        "bias", "readNoise", "fixedPattern",
        "flats", "gain", "saturation", "prnu",
        "darks", "darkCurrent",
        "hotPixels",
        "emGain",
        "timing",
    ];

    /// <summary>Position of <paramref name="section"/> in the session ("emGain.reference.bias" counts as "emGain");
    /// unlisted or null sections come after every listed one.</summary>
    public static int Rank(string? section)
    {
        if (section is null)
        {
            return Sections.Length;
        }

        string head = section.Split('.')[0];
        int index = Array.IndexOf(Sections, head);
        return index < 0 ? Sections.Length : index;
    }
}
