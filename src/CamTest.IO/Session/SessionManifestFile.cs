using System.Text.Json;
using System.Text.Json.Serialization;

namespace CamTest.IO.Session;

/// <summary>
/// Loads <c>session.json</c> strictly (every problem becomes an <see cref="InvalidInputException"/> naming the
/// manifest and the entry) and saves it with file names relative to the manifest's folder.
/// </summary>
public static class SessionManifestFile
{
    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        // Unknown keys are refused: a misspelt "flat" would otherwise silently drop the user's flats.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads, validates, and returns the manifest with every file resolved to a full path that exists.</summary>
    public static SessionManifest Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException(path, Directory.Exists(path) ? "is a folder, not a session manifest" : "session manifest not found");
        }

        SessionManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<SessionManifest>(InputFile.ReadAllText(path), ReadOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidInputException(path, Describe(ex), ex);
        }

        if (manifest is null)
        {
            throw new InvalidInputException(path, "holds null, not a session manifest");
        }

        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return SessionManifestValidator.Validate(manifest, path, folder);
    }

    /// <summary>Writes <paramref name="manifest"/> to <paramref name="path"/>; files inside its folder are written relative.</summary>
    public static void Save(SessionManifest manifest, string path)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        SessionManifest relative = SessionManifestValidator.MapFiles(manifest, file => Relative(folder, file));
        File.WriteAllText(path, JsonSerializer.Serialize(relative, WriteOptions) + "\n");
    }

    private static string Relative(string folder, string file)
    {
        if (!Path.IsPathRooted(file))
        {
            return file;
        }

        string relative = Path.GetRelativePath(folder, file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative.Replace('\\', '/');
    }

    private static string Describe(JsonException ex) => JsonProblem.Describe(
        ex, "session manifest", "camera, acquired, conditions, bias, flats, darks, hotPixels, emGain; name, sensor, bitDepth, pixelSizeUm, serial, stated in camera; exposureMs, emGain, files in an entry; offsetMap, readNoiseMap for a bias; bias in an emGain entry");
}
