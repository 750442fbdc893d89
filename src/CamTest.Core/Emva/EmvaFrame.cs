namespace CamTest.Core.Emva;

/// <summary>One image of an EMVA 1288 measurement: frame <paramref name="Index"/> of the file <paramref name="Path"/>.</summary>
public sealed record EmvaFrame(string Path, int Index);
