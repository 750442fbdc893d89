using CamTest.IO;

namespace CamTest.Core.Session;

/// <summary>
/// A bias given as calibration maps instead of frames: each pixel's offset and read noise (sigma), ADU, as camera
/// makers' calibrations and published data sets (e.g. the LANL EMCCD set's *_S0 and *_sigma files) give them.
/// </summary>
/// <param name="Label">The offset map's file, for messages.</param>
public sealed record BiasMaps(string Section, string Label, double[] Offset, double[] ReadNoise)
{
    /// <summary>Reads both maps (one frame each, the size of the session's <paramref name="frames"/> when it has any),
    /// checking every value.</summary>
    public static BiasMaps Load(string section, string offsetFile, string readNoiseFile, Func<IReadOnlyList<string>, IFrameSource> open, StackInfo? frames)
    {
        double[] offset = ReadMap($"{section}.offsetMap", offsetFile, open, frames, allowNegative: true);
        double[] noise = ReadMap($"{section}.readNoiseMap", readNoiseFile, open, frames, allowNegative: false);
        return new BiasMaps(section, offsetFile, offset, noise);
    }

    /// <param name="key">The map's manifest key ("bias.offsetMap"), for messages.</param>
    private static double[] ReadMap(string key, string file, Func<IReadOnlyList<string>, IFrameSource> open, StackInfo? frames, bool allowNegative)
    {
        using IFrameSource source = open([file]);
        StackInfo info = source.Info;
        if (info.FrameCount != 1)
        {
            throw new InvalidInputException(file, $"{key} holds {info.FrameCount} frames; a map is one frame (average the stack first)");
        }

        if (frames is { Width: int w, Height: int h } && (info.Width != w || info.Height != h))
        {
            throw new InvalidInputException(file, $"{key} is {info.Width}x{info.Height}, but the session's frames are {w}x{h}");
        }

        double[] map = source.ReadFrameAsDouble(0);
        for (int i = 0; i < map.Length; i++)
        {
            if (!double.IsFinite(map[i]) || (!allowNegative && map[i] < 0))
            {
                throw new InvalidInputException(file, $"{key}: pixel ({i % info.Width}, {i / info.Width}) holds {map[i]}, not a {(allowNegative ? "finite" : "non-negative")} value");
            }
        }

        return map;
    }
}
