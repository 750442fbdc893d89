using CamTest.IO;

namespace CamTest.Core.Session;

/// <summary>One opened entry of a session: its section, its frames, and the exposure the manifest or the files state.</summary>
/// <param name="Section">Manifest section ("bias", "flats", "darks", "hotPixels", "emGain.reference", ...).</param>
/// <param name="Label">The first file's name, for messages and warnings.</param>
/// <param name="ExposureMs">From the manifest, else from the files' metadata; null when neither says.</param>
/// <param name="EmGain">The EM gain set on the camera (emGain entries only).</param>
public sealed record OpenedEntry(string Section, string Label, IFrameSource Source, double? ExposureMs, double? EmGain) : IDisposable
{
    /// <summary>The files whose frames make the stack, in order.</summary>
    public IReadOnlyList<string> Files { get; init; } = [Label];

    public void Dispose() => Source.Dispose();
}
