namespace CamTest.IO;

/// <summary>
/// The diagnostic codes CamTest.IO raises, as plain ids. IO sits below Core (IO -> Core), so it cannot name Core's
/// <c>DiagnosticCode</c>s: it names the id here, once, and the Core catalog that owns each code declares it from this
/// constant (with its severity and summary). A Core test asserts every id here is declared there, so an id cannot
/// drift into one IO uses but no catalog knows.
/// </summary>
public static class InputNoticeIds
{
    /// <summary>An EMVA descriptor line whose command the parser does not know; the line is ignored.</summary>
    public const string EmvaUnknownCommand = "emva.unknown-command";

    /// <summary>camera.sensor in a session manifest names no sensor family CamTest knows (a refusal).</summary>
    public const string UnknownSensor = "camera.unknown-sensor";
}
