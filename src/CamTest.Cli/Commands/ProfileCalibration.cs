using System.Text.Json;
using CamTest.Core.Results;
using CamTest.IO;

namespace CamTest.Cli.Commands;

/// <summary>
/// The bias and system gain that put a profile in photoelectrons: from --bias and --gain, or with their standard
/// errors from a camtest results.json (keys bias.level and gain.systemGain, GUIDE section 2).
/// </summary>
public sealed record ProfileCalibration(Quantity Bias, Quantity Gain)
{
    /// <summary>A grey level in photoelectrons, (grey - bias) x gain, its standard error propagated from the bias's and
    /// the gain's by the algebra: unknown when either is unknown (a bias from maps), never the other's alone.</summary>
    public Quantity Electrons(double greyAdu) => ((Quantity.Exact(greyAdu, Unit.Adu) - Bias) * Gain).In(Unit.Electron);

    public static ProfileCalibration Given(double biasAdu, double gainEPerAdu) =>
        new(new Quantity(biasAdu, Unit.Adu, null), new Quantity(gainEPerAdu, Unit.ElectronsPerAdu, null));

    public static ProfileCalibration Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException(path, Directory.Exists(path) ? "is a folder, not a results.json" : "file not found");
        }

        try
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
            Quantity bias = Value(doc.RootElement, path, BiasFigures.Level);
            Quantity gain = Value(doc.RootElement, path, GainFigures.SystemGain);
            if (!(gain.Value > 0))
            {
                throw new InvalidInputException(path, $"{GainFigures.SystemGain.Key} is {gain.Value}, not a positive gain");
            }

            return new ProfileCalibration(bias, gain);
        }
        catch (JsonException ex)
        {
            throw new InvalidInputException(path, $"is not valid JSON ({ex.Message})", ex);
        }
    }

    /// <summary>The figure's {value, stderr} from results.json, in its declared unit (results.json writes it so).</summary>
    private static Quantity Value(JsonElement root, string path, FigureDeclaration figure)
    {
        string[] keyPath = figure.Key.Split('.');
        (string section, string key) = (keyPath[0], keyPath[1]);
        if (root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty(section, out JsonElement s) && s.ValueKind == JsonValueKind.Object
            && s.TryGetProperty(key, out JsonElement q) && q.ValueKind == JsonValueKind.Object
            && q.TryGetProperty("value", out JsonElement v) && v.ValueKind == JsonValueKind.Number)
        {
            // The stderr, where results.json has one, carries into the electrons (null where it could not be estimated).
            double? stderr = q.TryGetProperty("stderr", out JsonElement se) && se.ValueKind == JsonValueKind.Number ? se.GetDouble() : null;
            return new Quantity(v.GetDouble(), figure.Unit, stderr);
        }

        throw new InvalidInputException(path, $"has no {section}.{key}.value; give --bias and --gain instead");
    }
}
