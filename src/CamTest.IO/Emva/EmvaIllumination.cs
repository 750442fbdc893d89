namespace CamTest.IO.Emva;

/// <summary>Whether an EMVA 1288 image set was taken with light (<c>b</c> line) or in the dark (<c>d</c> line).</summary>
public enum EmvaIllumination
{
    Bright,
    Dark,
}
