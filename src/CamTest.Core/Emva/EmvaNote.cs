namespace CamTest.Core.Emva;

/// <summary>
/// Something the user must hear about an EMVA 1288 analysis: a stable code (see <see cref="EmvaNoteCodes"/>), the file
/// it concerns when there is one, and the message. Kept small so it maps one to one onto the report's diagnostics.
/// </summary>
public sealed record EmvaNote(string Code, string? File, string Message)
{
    public override string ToString() => Message;
}
