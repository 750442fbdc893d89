namespace CamTest.History.Storage;

/// <summary>One step of the history's schema: its version, what it does, and its SQL for a dialect.</summary>
public sealed record Migration(int Version, string Description, Func<SqlDialect, IReadOnlyList<string>> Statements);
