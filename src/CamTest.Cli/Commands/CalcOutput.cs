using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CamTest.Core.Calculators;
using CamTest.Core.Diagnostics;
using CamTest.Core.Results;
using CamTest.Core.Session;
using CamTest.Reporting;

namespace CamTest.Cli.Commands;

/// <summary>How every calculator prints: a short human summary, or with --json <c>{"value", "unit", ...}</c>.</summary>
public static class CalcOutput
{
    /// <summary>The shared JSON style, keeping '+' and quotes readable in formulas (the output is never embedded in HTML).</summary>
    public static readonly JsonSerializerOptions Readable = new(JsonOptions.Indented) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Option<bool> JsonOption() => new("--json") { Description = "print machine-readable JSON on stdout" };

    public static Option<double> Required(string name, string description) => new(name) { Description = description, Required = true };

    public static Option<double?> Optional(string name, string description) => new(name) { Description = description };

    /// <summary>Runs a calculation and prints it (an impossible input throws CalculatorInputException: exit 2, one line).</summary>
    public static int Run(CliConsole console, bool asJson, Func<CalculatorResult> calculate)
    {
        CalculatorResult result = calculate();
        RefuseNonFinite(result);
        if (asJson)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(ToJson(result), Readable));
        }
        else
        {
            WriteText(console.Out, result);
        }

        return CamTestApp.Success;
    }

    /// <summary>
    /// Inputs each finite can still overflow (1e200 squared): the answer is then no number at all, and printing
    /// "infinity" (or null in JSON) as if it were one would mislead, so the inputs are refused as out of range.
    /// </summary>
    private static void RefuseNonFinite(CalculatorResult r)
    {
        foreach ((string name, double value) in r.Derived.Select(d => (d.Name, d.Quantity.Value)).Prepend((r.Name, r.Quantity.Value)))
        {
            if (!double.IsFinite(value))
            {
                throw new UsageException($"calc {r.Name}: {name} comes out as {Show(value)}; the inputs are out of range");
            }
        }
    }

    /// <summary>The headline flat (<c>value</c>, <c>unit</c>, <c>stderr</c>: the calculators' contract), the derived
    /// figures as quantities; <c>warnings</c> (always, possibly empty) are the texts of the diagnostics at warning
    /// and above, as analyze's results.json and profile write them.</summary>
    public static Dictionary<string, object?> ToJson(CalculatorResult r)
    {
        DiagnosticReport report = DiagnosticReport.Of(r.Diagnostics);
        return new()
        {
            ["value"] = r.Quantity.Value,
            ["unit"] = UnitText(r.Quantity.Unit),
            ["stderr"] = r.Quantity.StdErr,
            ["quantity"] = r.Name,
            ["formula"] = r.Formula,
            ["inputs"] = r.Inputs,
            ["derived"] = r.Derived.ToDictionary(d => d.Name, d => Quantity(d.Quantity)),
            ["notes"] = NoteLines(r) is { Count: > 0 } notes ? notes : null,
            ["diagnostics"] = report.Diagnostics.Count > 0 ? report.Diagnostics : null,
            ["warnings"] = report.Warnings,
        };
    }

    /// <summary>The formula's notes, then what the inputs raised: "notes" in JSON, "note:" lines in text, as before codes.</summary>
    private static List<string> NoteLines(CalculatorResult r) => [.. r.Notes, .. r.Diagnostics.Select(d => d.Message)];

    /// <summary><paramref name="q"/> as the contract spells it: value, unit, and stderr only when there is one.</summary>
    public static Dictionary<string, object> Quantity(Quantity q)
    {
        var quantity = new Dictionary<string, object> { ["value"] = q.Value, ["unit"] = UnitText(q.Unit) };
        if (q.StdErr is double se)
        {
            quantity["stderr"] = se;
        }

        return quantity;
    }

    /// <summary>A unit as the calculators write it: the unit's own text, and a pure number as "1", as SI writes it
    /// (results.json writes it empty).</summary>
    private static string UnitText(Unit unit) => unit == Unit.One ? "1" : unit.Symbol;

    public static void WriteText(TextWriter output, CalculatorResult r)
    {
        // A pure number ("1" in JSON, as SI writes it) prints without a unit.
        output.WriteLine($"{r.Name} = {Format(r.Quantity)}{(r.Quantity.Unit == Unit.One ? string.Empty : " " + r.Quantity.Unit.Symbol)}");
        output.WriteLine($"  formula   {r.Formula}");
        output.WriteLine("  inputs    " + string.Join(", ", r.Inputs.Select(i => $"{i.Key} {Show(i.Value)}")));
        foreach (DerivedQuantity d in r.Derived)
        {
            output.WriteLine($"  {d.Name,-28} {Format(d.Quantity)} {UnitText(d.Quantity.Unit)}");
        }

        foreach (string note in NoteLines(r))
        {
            output.WriteLine($"  note: {note}");
        }
    }

    public static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>
    /// As every figure is shown (<see cref="QuantityText"/>, the one rule); the caller writes the unit, or none for a
    /// pure number. A design calculator (Nyquist pixel, pixel area, readout, EM gain advice) answers exactly from the
    /// design values typed, so it prints plainly; a figure worked out from measured values typed without their errors
    /// (--gain without --gain-stderr) has an unknown error and prints "± ?", as in every other output.
    /// </summary>
    private static string Format(Quantity q) => QuantityText.Number(q);
}
