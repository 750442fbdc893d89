using CamTest.Core.Results;
using CamTest.Core.Tests.Analysis;

namespace CamTest.Core.Tests.Results;

/// <summary>
/// The measurement algebra against first-order error propagation worked by hand (each expected error is the analytic
/// sqrt(sum (df/dx_i)^2 s_i^2) written out), a Monte Carlo check of the product and the quotient, and the unknown-error
/// policy: an unknown error stays unknown through every operator.
/// </summary>
public class QuantityAlgebraTests
{
    // a = 12 ± 0.3 ADU, b = 4 ± 0.2 ADU, g = 1.5 ± 0.05 e-/ADU: small relative errors, so first order is the truth
    // to well below the 1e-12 relative tolerance used for the algebraic checks (they compare formulas, not samples).
    private static readonly Quantity A = new(12, Unit.Adu, 0.3);
    private static readonly Quantity B = new(4, Unit.Adu, 0.2);
    private static readonly Quantity G = new(1.5, Unit.ElectronsPerAdu, 0.05);
    private const double Exact = 1e-12;

    [Fact]
    public void Sum_and_difference_add_absolute_errors_in_quadrature()
    {
        Quantity sum = A + B, difference = A - B;
        Assert.Equal(16, sum.Value, Exact);
        Assert.Equal(8, difference.Value, Exact);
        Assert.Equal(Math.Sqrt((0.3 * 0.3) + (0.2 * 0.2)), sum.StdErr!.Value, Exact);
        Assert.Equal(Math.Sqrt((0.3 * 0.3) + (0.2 * 0.2)), difference.StdErr!.Value, Exact);
        Assert.Equal(Unit.Adu, sum.Unit);
    }

    [Fact]
    public void A_sum_converts_the_second_operand_into_the_first_unit()
    {
        Quantity sum = new Quantity(1, Unit.Second, 0.01) + new Quantity(500, Unit.Millisecond, 20);
        Assert.Equal(1.5, sum.Value, Exact);
        Assert.Equal(Math.Sqrt((0.01 * 0.01) + (0.02 * 0.02)), sum.StdErr!.Value, Exact);
        Assert.Throws<InvalidOperationException>(() => A + G);
    }

    [Fact]
    public void Negation_keeps_the_error()
    {
        Quantity n = -A;
        Assert.Equal(-12, n.Value);
        Assert.Equal(0.3, n.StdErr);
    }

    [Fact]
    public void Product_follows_d_ab_equals_b_da_plus_a_db()
    {
        Quantity p = A * G;
        Assert.Equal(18, p.Value, Exact);
        Assert.Equal(Math.Sqrt(Math.Pow(1.5 * 0.3, 2) + Math.Pow(12 * 0.05, 2)), p.StdErr!.Value, Exact);
        Assert.Equal("e-", p.Unit.Symbol);
    }

    [Fact]
    public void Quotient_follows_d_a_over_b()
    {
        Quantity q = A / B;
        Assert.Equal(3, q.Value, Exact);
        Assert.Equal(Math.Sqrt(Math.Pow(0.3 / 4, 2) + Math.Pow(12 * 0.2 / 16, 2)), q.StdErr!.Value, Exact);
        Assert.True(q.Unit.IsCompatibleWith(Unit.One));
        Assert.Equal("ADU/e-", (A / (A * G)).Unit.Symbol);
    }

    [Fact]
    public void Exact_scalars_scale_the_error()
    {
        Assert.Equal(0.6, (A * 2).StdErr!.Value, Exact);
        Assert.Equal(0.6, (2 * A).StdErr!.Value, Exact);
        Assert.Equal(0.075, (A / 4).StdErr!.Value, Exact);
        Quantity inverse = 1 / G;
        Assert.Equal(1 / 1.5, inverse.Value, Exact);
        Assert.Equal(0.05 / (1.5 * 1.5), inverse.StdErr!.Value, Exact);
        Assert.Equal(Unit.AduPerElectron, inverse.Unit);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(-1)]
    [InlineData(-2)]
    public void Power_follows_n_a_to_the_n_minus_1(int n)
    {
        Quantity p = A.Pow(n);
        Assert.Equal(Math.Pow(12, n), p.Value, Exact * Math.Pow(12, n));
        Assert.Equal(Math.Abs(n * Math.Pow(12, n - 1)) * 0.3, p.StdErr!.Value, Exact);
        Assert.Equal(Unit.Adu.Pow(n), p.Unit);
    }

    [Fact]
    public void Square_root_follows_da_over_2_root_a()
    {
        Quantity r = new Quantity(16, Unit.Adu2, 0.8).Sqrt();
        Assert.Equal(4, r.Value, Exact);
        Assert.Equal(0.8 / (2 * 4), r.StdErr!.Value, Exact);
        Assert.Equal(Unit.Adu, r.Unit);
    }

    [Fact]
    public void Quadrature_difference_and_sum_follow_a_da_and_b_db_over_the_result()
    {
        Quantity d = Quantity.QuadratureDifference(A, B);
        double root = Math.Sqrt(144 - 16);
        Assert.Equal(root, d.Value, Exact);
        Assert.Equal(Math.Sqrt(Math.Pow(12 * 0.3 / root, 2) + Math.Pow(4 * 0.2 / root, 2)), d.StdErr!.Value, Exact);

        Quantity s = Quantity.QuadratureSum(A, B);
        double sumRoot = Math.Sqrt(144 + 16);
        Assert.Equal(sumRoot, s.Value, Exact);
        Assert.Equal(Math.Sqrt(Math.Pow(12 * 0.3 / sumRoot, 2) + Math.Pow(4 * 0.2 / sumRoot, 2)), s.StdErr!.Value, Exact);
    }

    [Fact]
    public void Conversion_per_and_apply_scale_the_error_by_the_derivative()
    {
        Quantity ms = new Quantity(0.25, Unit.Second, 0.002).In(Unit.Millisecond);
        Assert.Equal(250, ms.Value, Exact);
        Assert.Equal(2, ms.StdErr!.Value, Exact);

        Quantity perPixel = A.Per(Unit.Pixel);
        Assert.Equal(0.3, perPixel.StdErr);
        Assert.Equal("ADU/pixel", perPixel.Unit.Symbol);

        // log2(a): derivative 1 / (a ln 2).
        Quantity log = A.Apply(Math.Log2(12), 1 / (12 * Math.Log(2)), Unit.Bits);
        Assert.Equal(0.3 / (12 * Math.Log(2)), log.StdErr!.Value, Exact);
    }

    [Fact]
    public void An_exact_operand_contributes_no_error()
    {
        Quantity limit = Quantity.Exact(2, Unit.Adu);
        Assert.Equal(0.3, (A + limit).StdErr!.Value, Exact);
        Assert.Equal(0.3 * 2, (A * Quantity.Exact(2, Unit.One)).StdErr!.Value, Exact);
    }

    /// <summary>Every operator and function, each applied to one operand whose error is unknown.</summary>
    public static TheoryData<string> Operators => [.. UnknownCases.Keys];

    private static readonly Dictionary<string, Func<Quantity, Quantity>> UnknownCases = new()
    {
        ["a + b"] = u => u + B,
        ["b + a"] = u => B + u,
        ["a - b"] = u => u - B,
        ["b - a"] = u => B - u,
        ["-a"] = u => -u,
        ["a * g"] = u => u * G,
        ["g * a"] = u => G * u,
        ["a / b"] = u => u / B,
        ["b / a"] = u => B / u,
        ["a * 2"] = u => u * 2,
        ["2 * a"] = u => 2 * u,
        ["a / 2"] = u => u / 2,
        ["1 / a"] = u => 1 / u,
        ["a^2"] = u => u.Pow(2),
        ["a^-1"] = u => u.Pow(-1),
        ["sqrt(a^2)"] = u => (u * u).Sqrt(),
        ["qdiff(a, b)"] = u => Quantity.QuadratureDifference(u, B),
        ["qdiff(c, a)"] = u => Quantity.QuadratureDifference(new Quantity(20, Unit.Adu, 0.1), u),
        ["qsum(a, b)"] = u => Quantity.QuadratureSum(u, B),
        ["qsum(b, a)"] = u => Quantity.QuadratureSum(B, u),
        ["a in ms"] = u => (u / Quantity.Exact(1, Unit.Adu) * Quantity.Exact(1, Unit.Second)).In(Unit.Millisecond),
        ["a per pixel"] = u => u.Per(Unit.Pixel),
        ["apply"] = u => u.Apply(Math.Log(u.Value), 1 / u.Value, Unit.One),
        ["a + exact"] = u => u + Quantity.Exact(1, Unit.Adu),
        ["a * exact"] = u => u * Quantity.Exact(3, Unit.Pixel),
    };

    [Theory]
    [MemberData(nameof(Operators))]
    public void An_unknown_error_stays_unknown_through(string op)
    {
        Quantity unknown = Quantity.WithUnknownError(12, Unit.Adu);
        Quantity result = UnknownCases[op](unknown);
        Assert.True(double.IsFinite(result.Value));
        Assert.Null(result.StdErr);
        Assert.False(result.HasKnownError);
    }

    [Fact]
    public void A_NaN_error_is_read_as_unknown_and_a_negative_one_is_refused()
    {
        Assert.Null(new Quantity(1, Unit.Adu, double.NaN).StdErr);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity(1, Unit.Adu, -1));
    }

    [Fact]
    public void Monte_Carlo_spread_of_a_product_matches_its_propagated_error() =>
        AssertMonteCarlo((x, y) => x * y, new Quantity(12, Unit.Adu, 0.12), new Quantity(1.5, Unit.ElectronsPerAdu, 0.0225));

    [Fact]
    public void Monte_Carlo_spread_of_a_quotient_matches_its_propagated_error() =>
        AssertMonteCarlo((x, y) => x / y, new Quantity(12, Unit.Adu, 0.12), new Quantity(4, Unit.Adu, 0.06));

    /// <summary>
    /// Draws both operands from normals with their errors, applies <paramref name="f"/>, and compares the sample
    /// standard deviation with the propagated error. The tolerance is the Monte Carlo's own sampling error: with N
    /// draws the sample SD has relative standard error 1/sqrt(2(N-1)) (0.16 % for N = 200000); 5 of those keeps a
    /// false failure below 1 in 10^6. The operands' relative errors are 1 % and 1.5 %, so the second-order terms that
    /// first-order propagation leaves out (for a quotient the SD grows by about 4 (db/b)^2, 0.09 % here; for a product
    /// far less) are below the sampling error; that bound, 4 max(r^2), is added to the tolerance.
    /// </summary>
    private static void AssertMonteCarlo(Func<Quantity, Quantity, Quantity> op, Quantity a, Quantity b)
    {
        Quantity propagated = op(a, b);
        Func<double, double, double> f = (x, y) => op(Quantity.Exact(x, a.Unit), Quantity.Exact(y, b.Unit)).Value;
        const int n = 200_000;
        var gauss = new Gaussian(20261202);
        double sum = 0, sumSq = 0;
        for (int i = 0; i < n; i++)
        {
            double v = f(a.Value + gauss.Next(a.StdErr!.Value), b.Value + gauss.Next(b.StdErr!.Value));
            sum += v;
            sumSq += v * v;
        }

        double mean = sum / n;
        double sd = Math.Sqrt((sumSq - (n * mean * mean)) / (n - 1));
        double ra = a.StdErr!.Value / a.Value, rb = b.StdErr!.Value / b.Value;
        double secondOrder = 4 * Math.Max(ra * ra, rb * rb);
        double tolerance = (5 / Math.Sqrt(2.0 * (n - 1))) + secondOrder;
        Assert.InRange(sd / propagated.StdErr!.Value, 1 - tolerance, 1 + tolerance);
        Assert.InRange(mean, propagated.Value - (5 * sd / Math.Sqrt(n)) - (propagated.Value * secondOrder), propagated.Value + (5 * sd / Math.Sqrt(n)) + (propagated.Value * secondOrder));
    }
}
