namespace CamTest.Cli.Commands;

/// <summary>What <c>camtest profile</c> was asked for, as given on the command line.</summary>
public sealed record ProfileRequest(
    string ImagePath, string Line, double? Bias, double? Gain, string? ResultsPath, int Frame, string? PlotPath, string? Raw);
