namespace CamTest.Cli;

/// <summary>Where a command writes: stdout for results (JSON only with --json), stderr for progress and problems.</summary>
/// <param name="Interactive">True when stderr is a terminal: progress bars are drawn only then.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool Interactive = false);
