using System.Globalization;

namespace CamTest.IO.Emva;

/// <summary>
/// Collects descriptor lines one at a time into an <see cref="EmvaDescriptor"/>: an image set is closed by the
/// next non-<c>i</c> line (or the end of the file), and checked when it closes.
/// </summary>
internal sealed class EmvaDescriptorBuilder(string path, string folder)
{
    private readonly List<EmvaImageSet> _bright = [];
    private readonly List<EmvaImageSet> _dark = [];
    private readonly List<InputNotice> _notices = [];
    private string? _version;
    private (int Bits, int Width, int Height)? _format;
    private (EmvaIllumination Illumination, double Exposure, double? Photons, int Line)? _open;
    private List<string> _images = [];

    public void Accept(int lineNumber, string line)
    {
        string command = line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0];
        string argument = line[command.Length..].Trim();
        string[] args = argument.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (command != "i")
        {
            CloseSet();
        }

        switch (command)
        {
            case "v":
                _version = args.Length == 1 ? args[0] : throw Error(lineNumber, $"'{line}' should be 'v version'");
                break;
            case "n":
                ReadFormat(lineNumber, line, args);
                break;
            case "b":
                _open = args.Length == 2
                    ? (EmvaIllumination.Bright, Number(lineNumber, args[0], "exposure"), Number(lineNumber, args[1], "photon count"), lineNumber)
                    : throw Error(lineNumber, $"'{line}' should be 'b exposure photons'");
                break;
            case "d":
                _open = args.Length == 1
                    ? (EmvaIllumination.Dark, Number(lineNumber, args[0], "exposure"), null, lineNumber)
                    : throw Error(lineNumber, $"'{line}' should be 'd exposure'");
                break;
            case "i":
                AddImage(lineNumber, argument);
                break;
            default:
                _notices.Add(new InputNotice(InputNoticeIds.EmvaUnknownCommand, $"line {lineNumber}: unknown command '{command}' ignored"));
                break;
        }
    }

    public EmvaDescriptor Finish()
    {
        CloseSet();
        if (_format is not { } format)
        {
            throw new InvalidInputException(path, "EMVA descriptor has no 'n bits width height' line");
        }

        if (_bright.Count == 0 && _dark.Count == 0)
        {
            throw new InvalidInputException(path, "EMVA descriptor lists no bright ('b') or dark ('d') image sets");
        }

        return new EmvaDescriptor(path, _version, format.Bits, format.Width, format.Height, _bright, _dark, _notices);
    }

    private void ReadFormat(int lineNumber, string line, string[] args)
    {
        if (_format is not null)
        {
            throw Error(lineNumber, "only one 'n bits width height' line is allowed");
        }

        if (args.Length != 3
            || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out int bits)
            || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int width)
            || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out int height))
        {
            throw Error(lineNumber, $"'{line}' should be 'n bits width height' with whole numbers");
        }

        if (bits is < 1 or > 32 || width < 1 || height < 1)
        {
            throw Error(lineNumber, $"'{line}': bits must be 1-32 and width and height positive");
        }

        _format = (bits, width, height);
    }

    private void AddImage(int lineNumber, string argument)
    {
        if (_open is null)
        {
            throw Error(lineNumber, "'i' image line before any 'b' or 'd' line");
        }

        if (argument.Length == 0)
        {
            throw Error(lineNumber, "'i' line names no image file");
        }

        if (!PathCharacters.AreValid(argument))
        {
            throw Error(lineNumber, $"image name '{PathCharacters.Printable(argument)}' holds a character no path may contain");
        }

        // Descriptors written on Windows use backslashes; the images live relative to the descriptor.
        string relative = argument.Replace('\\', '/');
        _images.Add(System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, relative)));
    }

    private void CloseSet()
    {
        if (_open is not { } open)
        {
            return;
        }

        string kind = open.Illumination == EmvaIllumination.Bright ? "bright" : "dark";
        if (_images.Count < 2)
        {
            throw Error(open.Line, $"{kind} set has {_images.Count} image(s); a set needs at least two 'i' lines (two for a temporal pair, more for a spatial set)");
        }

        // A set that repeats an earlier exposure (and photon count) is kept: real acquisitions take more pairs at one
        // point, and the analysis merges them. (The reference parser refuses such files.)
        var set = new EmvaImageSet(open.Illumination, open.Exposure, open.Photons, _images, open.Line);
        (open.Illumination == EmvaIllumination.Bright ? _bright : _dark).Add(set);
        _open = null;
        _images = [];
    }

    private double Number(int lineNumber, string text, string what)
    {
        // The reference parser accepts a decimal comma (descriptors written with a German locale).
        if (!double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            || !double.IsFinite(value) || value < 0)
        {
            throw Error(lineNumber, $"{what} '{text}' is not a non-negative number");
        }

        return value;
    }

    private InvalidInputException Error(int lineNumber, string problem) => new(path, $"line {lineNumber}: {problem}");
}
