namespace CamTest.History.Storage;

/// <summary>
/// The history's schema, version by version. A new version is appended here and never edited once released: a
/// database records in <c>schema_version</c> the versions applied to it, and <see cref="SchemaMigrator"/> applies
/// the rest. Times are ISO 8601 UTC text (sortable as text on both databases).
/// </summary>
public static class SchemaMigrations
{
    /// <summary>The tables of the schema (a database holding one of them without <c>schema_version</c> is not a history).</summary>
    public static IReadOnlyList<string> Tables { get; } = ["schema_version", "cameras", "runs", "figures"];

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "cameras, runs and their figures", d =>
        [
            $"""
            CREATE TABLE cameras (
                id {d.IdentityColumn},
                camera_key TEXT NOT NULL UNIQUE,
                name TEXT,
                serial TEXT,
                sensor TEXT,
                first_recorded TEXT NOT NULL)
            """,
            $"""
            CREATE TABLE runs (
                id {d.IdentityColumn},
                camera_id BIGINT NOT NULL REFERENCES cameras (id),
                content_hash TEXT NOT NULL UNIQUE,
                camera_name TEXT,
                acquired TEXT,
                acquired_from TEXT,
                analysed TEXT,
                recorded TEXT NOT NULL,
                source TEXT NOT NULL,
                software TEXT,
                temperature_c DOUBLE PRECISION,
                readout_mode TEXT,
                em_gain_set_point DOUBLE PRECISION,
                bit_depth INTEGER,
                results_json TEXT NOT NULL)
            """,
            "CREATE INDEX runs_by_camera ON runs (camera_id, acquired)",
            """
            CREATE TABLE figures (
                run_id BIGINT NOT NULL REFERENCES runs (id),
                figure TEXT NOT NULL,
                value DOUBLE PRECISION NOT NULL,
                stderr DOUBLE PRECISION,
                unit TEXT NOT NULL,
                PRIMARY KEY (run_id, figure))
            """,
        ]),
    ];
}
