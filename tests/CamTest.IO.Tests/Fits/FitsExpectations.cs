using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.Fits;

/// <summary>The astropy/numpy-computed values in tests/fixtures/fits/expected.json (written by make_fixtures.py).</summary>
internal static class FitsExpectations
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(TestPaths.Fixture("fits", "expected.json"))));

    public static JsonElement For(string fixture) => Document.Value.RootElement.GetProperty(fixture);

    public static IEnumerable<object[]> ValidFixtures() =>
        Document.Value.RootElement.EnumerateObject().Select(p => new object[] { p.Name });
}
