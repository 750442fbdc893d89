using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.RealFixtures;

/// <summary>
/// The values tifffile, PIL, scipy and numpy found in the committed crops and subsets of the real data sets
/// (tests/fixtures/real/*/expected.json, written by make_real_fixtures.py).
/// </summary>
internal static class RealFixtureExpectations
{
    public static JsonElement For(string set) =>
        JsonDocument.Parse(File.ReadAllText(TestPaths.Fixture("real", set, "expected.json"))).RootElement;

    public static string Path(string set, params string[] parts) => TestPaths.Fixture(["real", set, .. parts]);
}
