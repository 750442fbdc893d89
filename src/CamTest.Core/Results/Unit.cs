using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// The unit of a figure: integer powers of CamTest's base units (electrons, ADU, photons, pixels, frames, seconds,
/// micrometres for the per-area figures of EMVA 1288)
/// and a scale (ms is 1e-3 s, % is 1e-2). Products, quotients and powers derive the result's unit, so an electron
/// rate is e- / s by construction rather than by a string typed beside it. Text is the results.json form ("e-/ADU",
/// "ADU^2/pixel/s", "frames/s"); a few units keep the name people use for them (<see cref="Named"/>).
/// Equality: a unit with a dimension is equal to another of the same dimension and scale, whatever its name (the
/// name is only how it is written: "DN/e-" is ADU/e-, "frames/s" is frame/s). A dimensionless unit has no dimension
/// to tell it apart, so its name is its meaning: a pure number, "x" (a factor), "dB" (20 log10 of a ratio) and
/// "bits" (log2) are different units although their exponents and scale agree, and % differs by its scale.
/// <see cref="IsCompatibleWith"/> is the looser test arithmetic and conversion use.
/// </summary>
[JsonConverter(typeof(UnitJsonConverter))]
public sealed class Unit : IEquatable<Unit>
{
    /// <summary>Base symbols in the order they are written: numerators first in this order, then "/x" per denominator.</summary>
    private static readonly string[] BaseSymbols = ["e-", "ADU", "photons", "pixel", "frame", "s", "µm"];

    /// <summary>
    /// Derived units written by the name people use rather than by the composition rule. Declared as data ahead of
    /// the unit properties because the properties are built from it during static initialisation.
    /// </summary>
    private static readonly (string Name, sbyte[] Exponents, double Scale)[] CustomNames =
    [
        ("ms", [0, 0, 0, 0, 0, 1, 0], 1e-3),
        ("ns", [0, 0, 0, 0, 0, 1, 0], 1e-9),
        ("frames/s", [0, 0, 0, 0, 1, -1, 0], 1),
    ];

    private readonly sbyte[] exponents;

    private Unit(sbyte[] exponents, double scale, string? name)
    {
        this.exponents = exponents;
        Scale = scale;
        Symbol = name ?? Compose(exponents);
    }

    /// <summary>A pure number (an SNR, a ratio).</summary>
    public static Unit One { get; } = new(new sbyte[BaseSymbols.Length], 1, string.Empty);

    public static Unit Electron { get; } = Base(0);

    /// <summary>The analogue-to-digital unit, a grey level; EMVA 1288 calls it DN.</summary>
    public static Unit Adu { get; } = Base(1);

    public static Unit Photon { get; } = Base(2);

    public static Unit Pixel { get; } = Base(3);

    public static Unit Frame { get; } = Base(4);

    public static Unit Second { get; } = Base(5);

    /// <summary>A length on the sensor: pixel pitch and pixel area (EMVA 1288 quotes thresholds per µm²).</summary>
    public static Unit Micrometre { get; } = Base(6);

    public static Unit Millisecond { get; } = Resolve(Second.exponents, 1e-3);

    /// <summary>A pixel's readout time (the calculators' time per pixel).</summary>
    public static Unit Nanosecond { get; } = Resolve(Second.exponents, 1e-9);

    public static Unit Percent { get; } = new(One.exponents, 1e-2, "%");

    /// <summary>A multiplication factor, as EM gain is quoted ("262 x").</summary>
    public static Unit Times { get; } = new(One.exponents, 1, "x");

    /// <summary>A ratio written in decibels (20 log10), as EMVA 1288 quotes SNR and dynamic range; a label, not a scale.</summary>
    public static Unit Decibel { get; } = new(One.exponents, 1, "dB");

    /// <summary>A ratio written in bits (log2), as EMVA 1288 quotes SNR and dynamic range; a label, not a scale.</summary>
    public static Unit Bits { get; } = new(One.exponents, 1, "bits");

    public static Unit Adu2 { get; } = Adu.Pow(2);

    public static Unit ElectronsPerAdu { get; } = Electron / Adu;

    public static Unit AduPerElectron { get; } = Adu / Electron;

    public static Unit ElectronsPerPixelPerSecond { get; } = Electron / Pixel / Second;

    public static Unit AduPerPixelPerSecond { get; } = Adu / Pixel / Second;

    public static Unit Adu2PerPixelPerSecond { get; } = Adu2 / Pixel / Second;

    public static Unit AduPerFrame { get; } = Adu / Frame;

    public static Unit FramesPerSecond { get; } = Frame / Second;

    /// <summary>How the unit is written in results.json, the console and the report.</summary>
    public string Symbol { get; }

    /// <summary>Size relative to the coherent unit of the same dimension (1e-3 for ms, 1e-2 for %).</summary>
    public double Scale { get; }

    /// <summary>True when the two units measure the same kind of thing (a value in one converts to the other).</summary>
    public bool IsCompatibleWith(Unit other) => exponents.AsSpan().SequenceEqual(other.exponents);

    /// <summary>The same unit written as <paramref name="name"/> (e.g. frame/s as "frames/s").</summary>
    public Unit Named(string name) => new(exponents, Scale, name);

    public static Unit operator *(Unit a, Unit b) => Combine(a, b, +1);

    public static Unit operator /(Unit a, Unit b) => Combine(a, b, -1);

    /// <summary>An integer power; negative powers give reciprocals.</summary>
    public Unit Pow(int power)
    {
        var e = new sbyte[exponents.Length];
        for (int i = 0; i < e.Length; i++)
        {
            e[i] = checked((sbyte)(exponents[i] * power));
        }

        return Resolve(e, Math.Pow(Scale, power));
    }

    /// <summary>The square root; only for units whose every power is even (ADU^2 -> ADU).</summary>
    public Unit Sqrt()
    {
        if (exponents.Any(e => e % 2 != 0))
        {
            throw new InvalidOperationException($"the square root of {Describe()} is not a unit CamTest writes");
        }

        return Resolve([.. exponents.Select(e => (sbyte)(e / 2))], Math.Sqrt(Scale));
    }

    /// <summary>The factor that turns a value in this unit into one in <paramref name="target"/> (1000 from s to ms).</summary>
    public double ConversionFactorTo(Unit target) =>
        IsCompatibleWith(target)
            ? Scale / target.Scale
            : throw new InvalidOperationException($"{Describe()} cannot be converted to {target.Describe()}");

    /// <summary>Reads a unit as <see cref="Symbol"/> writes it, or as a named unit ("ms", "%", "x", "frames/s", "DN/e-").</summary>
    public static Unit Parse(string text) =>
        TryParse(text, out Unit? unit) ? unit : throw new FormatException($"'{text}' is not a unit CamTest knows");

    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Unit? unit)
    {
        unit = null;
        if (text is null)
        {
            return false;
        }

        if (ChosenNames.TryGetValue(text, out unit))
        {
            return true;
        }

        // EMVA 1288 writes ADU as DN; both name the same thing.
        string[] parts = text.Replace("DN", "ADU", StringComparison.Ordinal).Split('/');
        Unit result = One;
        for (int p = 0; p < parts.Length; p++)
        {
            foreach (string factor in parts[p].Split('·', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!TryParseFactor(factor, out Unit? f))
                {
                    return false;
                }

                result = p == 0 ? result * f : result / f;
            }

            if (p > 0 && parts[p].Length == 0)
            {
                return false;
            }
        }

        // Keep the standard's spelling: "DN/e-" reads back as ADU/e- named "DN/e-", so an EMVA figure or spectrogram
        // read from results.json is written again as it was.
        unit = text.Contains("DN", StringComparison.Ordinal) ? result.Named(text) : result;
        return true;
    }

    /// <summary>True when the unit has no dimension (a pure number, %, x, dB, bits): then its name says what it is.</summary>
    public bool IsDimensionless => !exponents.Any(e => e != 0);

    /// <summary>Same dimension and scale, and for a dimensionless unit the same name (see the class summary: a dB is
    /// not a bit nor a plain ratio, although a value converts between them by factor 1).</summary>
    public bool Equals(Unit? other) =>
        other is not null && IsCompatibleWith(other) && Scale.Equals(other.Scale)
        && (!IsDimensionless || string.Equals(Symbol, other.Symbol, StringComparison.Ordinal));

    public override bool Equals(object? obj) => Equals(obj as Unit);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (sbyte e in exponents)
        {
            hash.Add(e);
        }

        hash.Add(Scale);
        // Equal units hash equal: the name counts only where it counts for equality.
        if (IsDimensionless)
        {
            hash.Add(Symbol, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public static bool operator ==(Unit? a, Unit? b) => a is null ? b is null : a.Equals(b);

    public static bool operator !=(Unit? a, Unit? b) => !(a == b);

    public override string ToString() => Symbol;

    /// <summary>Names that parse to a unit directly: the pure-number names chosen by the figure, and the custom names.</summary>
    private static readonly Dictionary<string, Unit> ChosenNames = new(StringComparer.Ordinal)
    {
        [string.Empty] = One,
        ["%"] = Percent,
        ["x"] = Times,
        ["dB"] = Decibel,
        ["bits"] = Bits,
        ["ms"] = Millisecond,
        ["ns"] = Nanosecond,
        ["frames/s"] = FramesPerSecond,
    };

    private static Unit Base(int index)
    {
        var e = new sbyte[BaseSymbols.Length];
        e[index] = 1;
        return new Unit(e, 1, null);
    }

    private static Unit Combine(Unit a, Unit b, int sign)
    {
        var e = new sbyte[a.exponents.Length];
        for (int i = 0; i < e.Length; i++)
        {
            e[i] = checked((sbyte)(a.exponents[i] + (sign * b.exponents[i])));
        }

        return Resolve(e, sign > 0 ? a.Scale * b.Scale : a.Scale / b.Scale);
    }

    /// <summary>
    /// A derived unit, written by its custom name or by the composition rule. A dimensionless result is a pure number
    /// (scale folded in by the caller's arithmetic), never "x" or "%": those are chosen for a figure, not derived.
    /// </summary>
    private static Unit Resolve(sbyte[] exponents, double scale)
    {
        foreach ((string name, sbyte[] e, double s) in CustomNames)
        {
            if (e.AsSpan().SequenceEqual(exponents) && s.Equals(scale))
            {
                return new Unit(exponents, scale, name);
            }
        }

        var composed = new Unit(exponents, 1, null);
        return scale == 1 ? composed : new Unit(exponents, scale, $"{composed.Symbol} (x{scale.ToString("G", CultureInfo.InvariantCulture)})");
    }

    private static string Compose(sbyte[] exponents)
    {
        var text = new StringBuilder();
        for (int i = 0; i < exponents.Length; i++)
        {
            if (exponents[i] > 0)
            {
                text.Append(text.Length > 0 ? "·" : string.Empty).Append(Power(BaseSymbols[i], exponents[i]));
            }
        }

        for (int i = 0; i < exponents.Length; i++)
        {
            if (exponents[i] < 0)
            {
                text.Append(text.Length > 0 ? "/" : "1/").Append(Power(BaseSymbols[i], -exponents[i]));
            }
        }

        return text.ToString();
    }

    private static string Power(string symbol, int power) =>
        power == 1 ? symbol : $"{symbol}^{power.ToString(CultureInfo.InvariantCulture)}";

    private static bool TryParseFactor(string factor, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Unit? unit)
    {
        unit = null;
        string[] pieces = factor.Split('^');
        int power = 1;
        if (pieces.Length > 2 || (pieces.Length == 2 && !int.TryParse(pieces[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out power)))
        {
            return false;
        }

        if (pieces[0] == "1" && power == 1)
        {
            unit = One;
            return true;
        }

        int index = Array.IndexOf(BaseSymbols, pieces[0]);
        if (index < 0)
        {
            return false;
        }

        unit = Base(index).Pow(power);
        return true;
    }

    private string Describe() => Symbol.Length == 0 ? "a pure number" : Symbol;
}
