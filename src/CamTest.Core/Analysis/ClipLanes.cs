using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CamTest.Core.Analysis;

/// <summary>
/// One step of <see cref="ClipIteration"/> over values fed in order, in as many pieces as they come: count, sum and
/// sum of squared deviations from a shift of the values in [lo, hi], four lanes at a time (value i into lane i mod 4;
/// Vector256 whatever the machine's vector width, so the sums round alike everywhere). A frame's sums are otherwise one
/// chain of dependent adds. The lanes are folded as (0 + 1) + (2 + 3), then the last length mod 4 values added one by
/// one: the same sums to the last bit however the values were cut into pieces, provided every piece but the last is a
/// multiple of four long. A value outside the range, or NaN, is masked to zero after squaring and not counted (an
/// infinite one adds nothing).
/// </summary>
internal struct ClipLanes(double lo, double hi, double shift)
{
    private Vector256<double> _sums, _squares;
    private Vector256<long> _counts;

    // The last piece's last length mod 4 values, added after the fold.
    private Vector256<double> _tail;
    private int _tailCount = -1;

    /// <summary>Adds the next values in order; a piece whose length is not a multiple of four must be the last. Compiled
    /// optimised at once: it runs once per band of every frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<double> values)
    {
        if (_tailCount >= 0)
        {
            throw new InvalidOperationException("values after a piece that was not a multiple of four long");
        }

        Vector256<double> vLo = Vector256.Create(lo), vHi = Vector256.Create(hi), vShift = Vector256.Create(shift);
        Vector256<double> sums = _sums, squares = _squares;
        Vector256<long> counts = _counts;
        ref double start = ref MemoryMarshal.GetReference(values);
        int i = 0;
        for (; i <= values.Length - Vector256<double>.Count; i += Vector256<double>.Count)
        {
            Vector256<double> v = Vector256.LoadUnsafe(ref start, (nuint)i);
            Vector256<double> inRange = Vector256.GreaterThanOrEqual(v, vLo) & Vector256.LessThanOrEqual(v, vHi);
            Vector256<double> d = v - vShift;
            sums += v & inRange;
            squares += (d * d) & inRange;
            counts -= inRange.AsInt64();
        }

        (_sums, _squares, _counts) = (sums, squares, counts);
        if (i < values.Length)
        {
            _tailCount = values.Length - i;
            for (int k = 0; k < _tailCount; k++)
            {
                _tail = _tail.WithElement(k, values[i + k]);
            }
        }
    }

    /// <summary>The sums of every value added.</summary>
    public readonly KeptSums Sums()
    {
        double sum = (_sums[0] + _sums[1]) + (_sums[2] + _sums[3]);
        double sumSq = (_squares[0] + _squares[1]) + (_squares[2] + _squares[3]);
        long n = Vector256.Sum(_counts);
        for (int k = 0; k < _tailCount; k++)
        {
            double v = _tail[k];
            if (v >= lo && v <= hi)
            {
                sum += v;
                sumSq += (v - shift) * (v - shift);
                n++;
            }
        }

        return new(n, sum, sumSq);
    }
}
