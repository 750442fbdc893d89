namespace CamTest.IO;

/// <summary>
/// Something a reader understood but set aside (e.g. an EMVA descriptor line with an unknown command): not worth a
/// refusal, worth telling. A small typed record rather than a bare string so the code travels with the text; Core lifts
/// it into a diagnostic of the code its catalog declares under <see cref="Code"/> (IO cannot see that catalog, see
/// <see cref="InputNoticeIds"/>).
/// </summary>
/// <param name="Code">One of <see cref="InputNoticeIds"/>.</param>
/// <param name="Message">The sentence for the reader, without the file's name (the caller knows the file; a line number, if one, is in the text).</param>
public sealed record InputNotice(string Code, string Message);
