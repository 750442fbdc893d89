using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.Tiff;

/// <summary>The reference values make_fixtures.py computed with numpy/tifffile (tests/fixtures/tiff/expected.json).</summary>
internal static class TiffExpectations
{
    private static readonly Lazy<JsonDocument> Document = new(() => JsonDocument.Parse(File.ReadAllText(TestPaths.Fixture("tiff", "expected.json"))));

    public static JsonElement Root => Document.Value.RootElement;

    public static IEnumerable<string> FixtureNames =>
        Root.EnumerateObject().Select(p => p.Name).Where(n => !n.StartsWith('_'));

    public static JsonElement For(string fixture) => Root.GetProperty(fixture);

    public static PixelType PixelTypeOf(string dtype) => dtype switch
    {
        "uint8" => PixelType.UInt8,
        "uint16" => PixelType.UInt16,
        "int16" => PixelType.Int16,
        "uint32" => PixelType.UInt32,
        "int32" => PixelType.Int32,
        "float32" => PixelType.Float32,
        "float64" => PixelType.Float64,
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, null),
    };

    public static double[] Doubles(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];
}
