using CamTest.IO;

namespace CamTest.Core.Diagnostics;

/// <summary>
/// Lifts what a reader in CamTest.IO set aside (<see cref="InputNotice"/>, which carries only a code id because IO
/// cannot see this catalog) into a <see cref="Diagnostic"/> of the code the catalog declares under that id.
/// </summary>
public static class InputNotices
{
    /// <summary>The notice as a diagnostic saying <paramref name="message"/> (the notice's text with whatever the caller
    /// adds, such as the file's name).</summary>
    /// <exception cref="InvalidOperationException">The notice's id is declared by no catalog: a programming error
    /// (<c>InputNoticeIds</c> and the catalogs out of step), which a test guards.</exception>
    public static Diagnostic Lift(InputNotice notice, string message) =>
        (DiagnosticCatalog.Find(notice.Code)
            ?? throw new InvalidOperationException($"CamTest.IO raised '{notice.Code}', which no diagnostic catalog declares")).Raise(message);
}
