namespace CamTest.Core.Session;

/// <summary>The stack whose frames <see cref="FrameSanity"/> checks: its first file (named when refused), its manifest
/// section, its top code and the fraction of its values on that code (a saturated flat is exempt from the checks).</summary>
public sealed record StackUnderCheck(string Label, string Section, double TopCode, double TopCodeFraction);
