namespace CamTest.History.Storage;

/// <summary>What adding one run did: stored it as run <see cref="RunId"/>, or found it stored already under that number.</summary>
public sealed record AddOutcome(string Source, long RunId, bool Added);
