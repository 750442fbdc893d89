namespace CamTest.Cli;

/// <summary>Where a command writes: stdout for results (JSON only with --json), stderr for progress and problems.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error);
