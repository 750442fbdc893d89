using System.Text.Json.Nodes;
using CamTest.Core.Results;

namespace CamTest.Cli.Tests.Figures;

/// <summary>
/// Walks a results.json and holds it against the figure declarations (<see cref="FigureCatalog"/>): every
/// {value, unit, stderr} object must be declared at its key (<see cref="FigureDeclaration.NormaliseKey"/>) as a
/// quantity in the unit it is written in; every number at a declared key must be declared as a number or count, in the
/// unit its object states when it states one (a maps summary, a histogram). <c>statedVsMeasured[].measured</c> is the
/// figure its row names, so its unit is that figure's. Records every declared key it met, for the caller to find the
/// declarations no results.json writes.
/// </summary>
public sealed class DeclarationCheck(IReadOnlyList<FigureDeclaration> declarations)
{
    private readonly Dictionary<string, FigureDeclaration> _byKey = declarations.ToDictionary(d => d.Key, StringComparer.Ordinal);

    /// <summary>What is wrong, one line each ("file: key ...").</summary>
    public List<string> Problems { get; } = [];

    /// <summary>The declared keys met in any file checked.</summary>
    public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

    public void Check(string name, JsonNode? document) => Walk(name, document, string.Empty, parent: null);

    private void Walk(string file, JsonNode? node, string path, JsonObject? parent)
    {
        switch (node)
        {
            case JsonObject o when IsQuantity(o):
                CheckQuantity(file, o, path, parent);
                break;
            case JsonObject o:
                foreach ((string key, JsonNode? child) in o)
                {
                    Walk(file, child, path.Length == 0 ? key : $"{path}.{key}", o);
                }

                break;
            case JsonArray a:
                foreach (JsonNode? item in a)
                {
                    Walk(file, item, path + "[]", parent);
                }

                break;
            default:
                CheckNumber(file, node, path, parent);
                break;
        }
    }

    /// <summary>{"value", "unit"} with at most "stderr" beside: the contract's measured figure.</summary>
    private static bool IsQuantity(JsonObject o) =>
        o.ContainsKey("value") && o.ContainsKey("unit") && o.All(p => p.Key is "value" or "unit" or "stderr");

    private void CheckQuantity(string file, JsonObject o, string path, JsonObject? parent)
    {
        string key = FigureDeclaration.NormaliseKey(path);
        FigureDeclaration? declared = key == "statedVsMeasured[].measured" && parent?["figure"]?.GetValue<string>() is { } figure
            ? _byKey.GetValueOrDefault(figure)
            : _byKey.GetValueOrDefault(key);
        string unit = o["unit"]?.GetValue<string>() ?? "(no unit)";
        if (declared is null)
        {
            Problems.Add($"{file}: {key} ({unit}) is a figure no declaration states");
            return;
        }

        Seen.Add(key);
        if (declared.Kind != FigureKind.Quantity)
        {
            Problems.Add($"{file}: {key} is declared a {declared.Kind} but written as a {{value, unit, stderr}} figure");
        }

        if (unit != declared.Unit.Symbol)
        {
            Problems.Add($"{file}: {key} is written in '{unit}' but declared in '{declared.Unit.Symbol}'");
        }
    }

    private void CheckNumber(string file, JsonNode? node, string path, JsonObject? parent)
    {
        string key = FigureDeclaration.NormaliseKey(path);
        if (!_byKey.TryGetValue(key, out FigureDeclaration? declared))
        {
            return;
        }

        Seen.Add(key);
        if (declared.Kind == FigureKind.Quantity)
        {
            Problems.Add($"{file}: {key} is declared a {{value, unit, stderr}} figure but written as {node?.ToJsonString() ?? "null"}");
        }

        // A summary or histogram states the unit of its numbers once, beside them.
        if (parent?["unit"] is JsonValue stated && stated.GetValue<string>() is { } unit && unit != declared.Unit.Symbol)
        {
            Problems.Add($"{file}: {key} sits in an object whose unit is '{unit}' but is declared in '{declared.Unit.Symbol}'");
        }
    }
}
