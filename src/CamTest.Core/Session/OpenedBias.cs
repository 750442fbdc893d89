namespace CamTest.Core.Session;

/// <summary>A session's bias as opened: frames (<see cref="Frames"/>) or calibration maps (<see cref="Maps"/>), exactly one.</summary>
public sealed record OpenedBias(OpenedEntry? Frames, BiasMaps? Maps)
{
    public string Section => Frames?.Section ?? Maps!.Section;

    public string Label => Frames?.Label ?? Maps!.Label;
}
