using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// One measured figure: value, unit and the standard error of the estimate. Serialised as
/// <c>{"value": x, "unit": "...", "stderr": s}</c> (the results.json contract).
/// <para>
/// Arithmetic propagates first-order errors for independent operands (the one rule every figure's error goes
/// through): sums add absolute errors in quadrature, products and quotients add the partial derivatives' terms in
/// quadrature, powers scale by the derivative. Units follow their own algebra (<see cref="Unit"/>); adding
/// incompatible units is a programming error and throws.
/// </para>
/// <para>
/// Unknown errors: <see cref="StdErr"/> null means the error could not be estimated (a calibration map that does not
/// say how many frames made it). It stays unknown through every operation that involves it (never silently 0) and
/// is written without a stderr. An exact number (a limit, a count, a constant) has error 0 (<see cref="Exact"/>).
/// A NaN error is read as unknown.
/// </para>
/// </summary>
public sealed record Quantity(double Value, Unit Unit, double? StdErr)
{
    [JsonPropertyName("value")]
    public double Value { get; init; } = Value;

    [JsonPropertyName("unit")]
    public Unit Unit { get; init; } = Unit;

    /// <summary>The standard error, >= 0; null when it is unknown.</summary>
    [JsonPropertyName("stderr")]
    public double? StdErr { get; init; } = CheckedError(StdErr);

    /// <summary>A number known exactly (a criterion, a count, a physical constant): error 0.</summary>
    public static Quantity Exact(double value, Unit unit) => new(value, unit, 0);

    /// <summary>A figure whose error cannot be estimated from the data: shown and propagated as unknown.</summary>
    public static Quantity WithUnknownError(double value, Unit unit) => new(value, unit, null);

    /// <summary>True when the error is known (possibly 0).</summary>
    [JsonIgnore]
    public bool HasKnownError => StdErr is not null;

    /// <summary>Relative standard error (stderr / |value|), or null when the error is unknown or the value is zero.</summary>
    [JsonIgnore]
    public double? RelativeStdErr => StdErr is double s && Value != 0 ? s / Math.Abs(Value) : null;

    [JsonIgnore]
    public bool IsFinite => double.IsFinite(Value) && (StdErr is null || double.IsFinite(StdErr.Value));

    public static Quantity operator +(Quantity a, Quantity b)
    {
        double toA = b.Unit.ConversionFactorTo(a.Unit);
        return new Quantity(a.Value + (b.Value * toA), a.Unit, Quadrature(a.StdErr, Scaled(b.StdErr, toA)));
    }

    public static Quantity operator -(Quantity a, Quantity b) => a + (-b);

    public static Quantity operator -(Quantity a) => a with { Value = -a.Value };

    /// <summary>The product: d(ab) = b da + a db.</summary>
    public static Quantity operator *(Quantity a, Quantity b) =>
        new(a.Value * b.Value, a.Unit * b.Unit, Quadrature(Scaled(a.StdErr, b.Value), Scaled(b.StdErr, a.Value)));

    /// <summary>The quotient: d(a/b) = da / b - a db / b^2.</summary>
    public static Quantity operator /(Quantity a, Quantity b) =>
        new(a.Value / b.Value, a.Unit / b.Unit, Quadrature(Scaled(a.StdErr, 1 / b.Value), Scaled(b.StdErr, a.Value / (b.Value * b.Value))));

    /// <summary>Scaling by an exact number.</summary>
    public static Quantity operator *(Quantity a, double factor) => new(a.Value * factor, a.Unit, Scaled(a.StdErr, factor));

    public static Quantity operator *(double factor, Quantity a) => a * factor;

    public static Quantity operator /(Quantity a, double divisor) => new(a.Value / divisor, a.Unit, Scaled(a.StdErr, 1 / divisor));

    /// <summary>An exact number over a figure (1 / gain): d(c/a) = -c da / a^2.</summary>
    public static Quantity operator /(double numerator, Quantity a) =>
        new(numerator / a.Value, Unit.One / a.Unit, Scaled(a.StdErr, numerator / (a.Value * a.Value)));

    /// <summary>An integer power: d(a^n) = n a^(n-1) da.</summary>
    public Quantity Pow(int power) =>
        new(Math.Pow(Value, power), Unit.Pow(power), Scaled(StdErr, power * Math.Pow(Value, power - 1)));

    /// <summary>The square root: d(sqrt a) = da / (2 sqrt a). NaN for a negative value (the caller says why).</summary>
    public Quantity Sqrt()
    {
        double root = Math.Sqrt(Value);
        return new Quantity(root, Unit.Sqrt(), Scaled(StdErr, 1 / (2 * root)));
    }

    /// <summary>
    /// sqrt(a^2 - b^2): what is left of a noise a once an independent noise b is taken out (noise adds in quadrature,
    /// never linearly). NaN when b exceeds a. d = (a da - b db) / result.
    /// </summary>
    public static Quantity QuadratureDifference(Quantity a, Quantity b) => QuadratureCombine(a, b, -1);

    /// <summary>sqrt(a^2 + b^2): two independent noises together.</summary>
    public static Quantity QuadratureSum(Quantity a, Quantity b) => QuadratureCombine(a, b, +1);

    /// <summary>The same figure in another unit of the same kind (s to ms, a ratio to %).</summary>
    public Quantity In(Unit target)
    {
        double factor = Unit.ConversionFactorTo(target);
        return new Quantity(Value * factor, target, Scaled(StdErr, factor));
    }

    /// <summary>
    /// The figure per one <paramref name="unit"/>, a convention rather than a measurement: a dark rate measured per
    /// pixel is written e-/pixel/s. Divides by an exact 1 of that unit.
    /// </summary>
    public Quantity Per(Unit unit) => new(Value, Unit / unit, StdErr);

    /// <summary>
    /// Any other smooth function of one figure, with its derivative at the value: d f(a) = f'(a) da. Use it for the
    /// few formulas the operators do not express (e.g. EM gain from noise, (x + 1) / 2).
    /// </summary>
    public Quantity Apply(double value, double derivative, Unit unit) => new(value, unit, Scaled(StdErr, derivative));

    public override string ToString() =>
        StdErr is double s ? $"{Value:G5} ± {s:G2} {Unit}" : $"{Value:G5} (error unknown) {Unit}";

    private static Quantity QuadratureCombine(Quantity a, Quantity b, int sign)
    {
        Quantity bInA = b.In(a.Unit);
        double result = Math.Sqrt((a.Value * a.Value) + (sign * bInA.Value * bInA.Value));
        double? err = Quadrature(Scaled(a.StdErr, a.Value / result), Scaled(bInA.StdErr, bInA.Value / result));
        return new Quantity(result, a.Unit, err);
    }

    /// <summary>|factor| x error, unknown staying unknown; a 0 error times an infinite factor is 0 (an exact term).</summary>
    private static double? Scaled(double? error, double factor) =>
        error is double e ? (e == 0 ? 0 : Math.Abs(factor) * e) : null;

    private static double? Quadrature(double? a, double? b) =>
        a is double x && b is double y ? Math.Sqrt((x * x) + (y * y)) : null;

    private static double? CheckedError(double? error) => error switch
    {
        null => null,
        double e when double.IsNaN(e) => null,
        double e when e < 0 => throw new ArgumentOutOfRangeException(nameof(error), e, "a standard error cannot be negative"),
        double e => e,
    };
}
