using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CamTest.Core.Statistics;

/// <summary>
/// The k-th smallest values of a sample without sorting it. Large samples are narrowed by bucketing: one pass counts
/// the values in equal-width buckets between their minimum and maximum, the buckets holding the wanted ranks are
/// gathered, and only those are searched further (bucketing again, or quickselect once they are small). Bucketing is
/// monotone in the value, so a bucket's values all lie between those of the buckets before and after it and the value
/// of rank k overall is the value of rank k - (values in earlier buckets) within its bucket: the values returned are
/// exactly those a sort would put at the ranks asked for. A median and a few percentiles of a 4-megapixel map cost a
/// few streaming passes, without the branchy swapping of partitioning millions of values or a copy of them.
/// </summary>
public static class OrderStatistics
{
    /// <summary>Ranges this small are finished by a sort.</summary>
    private const int SmallRange = 16;

    /// <summary>Samples up to this size are copied and searched by quickselect; larger ones are bucketed first.</summary>
    private const int BucketingThreshold = 1 << 15;

    /// <summary>Buckets of one narrowing pass: their counts (64 KiB) stay in the L2 cache while the values stream by.</summary>
    private const int Buckets = 1 << 14;

    /// <summary>Narrowing passes before quickselect takes over whatever is left (each pass shrinks a bucket's range 16,384-fold).</summary>
    private const int MaxNarrowings = 6;

    /// <summary>
    /// The values of ranks <paramref name="ranks"/> (0-based, ascending order of value) of <paramref name="values"/>,
    /// which are not modified. Values must not be NaN (they have no rank); infinities rank first and last.
    /// </summary>
    public static double[] Select(ReadOnlySpan<double> values, ReadOnlySpan<int> ranks)
    {
        foreach (int k in ranks)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(k);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, values.Length);
        }

        int negative = 0, positive = 0;
        foreach (double v in values)
        {
            if (!double.IsFinite(v))
            {
                if (double.IsNaN(v))
                {
                    throw new ArgumentException("NaN has no rank; select among the finite values", nameof(values));
                }

                negative += v < 0 ? 1 : 0;
                positive += v > 0 ? 1 : 0;
            }
        }

        int finite = values.Length - negative - positive;
        var finiteRanks = new List<int>();
        foreach (int k in ranks)
        {
            if (k >= negative && k < negative + finite)
            {
                finiteRanks.Add(k - negative);
            }
        }

        double[] atFinite = SelectFinite(values, [.. finiteRanks]);
        var result = new double[ranks.Length];
        for (int j = 0, f = 0; j < ranks.Length; j++)
        {
            int k = ranks[j];
            result[j] = k < negative ? double.NegativeInfinity : k >= negative + finite ? double.PositiveInfinity : atFinite[f++];
        }

        return result;
    }

    /// <summary>
    /// The values of ranks <paramref name="ranks"/> among the finite values of <paramref name="values"/> (NaN and
    /// infinities are left out, as if the finite values had been copied out first; they are not), not modified.
    /// </summary>
    /// <param name="range">The values' <see cref="FiniteRange"/>, when the caller has it already (saves a pass).</param>
    public static double[] SelectFinite(ReadOnlySpan<double> values, ReadOnlySpan<int> ranks, FiniteValues? range = null)
    {
        (int finite, double min, double max) = range ?? FiniteRange(values);
        foreach (int k in ranks)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(k);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, finite);
        }

        return Select(values, new Identity(), finite, min, max, ranks);
    }

    /// <summary>
    /// The values of ranks <paramref name="ranks"/> among the absolute deviations |v - <paramref name="center"/>| of
    /// the finite values v of <paramref name="values"/> (a median absolute deviation), each computed as
    /// <c>Math.Abs(v - center)</c>, without an array of them.
    /// </summary>
    /// <param name="range">The values' <see cref="FiniteRange"/>, when the caller has it already (saves a pass).</param>
    public static double[] SelectFiniteDeviations(ReadOnlySpan<double> values, double center, ReadOnlySpan<int> ranks, FiniteValues? range = null)
    {
        (int finite, double min, double max) = range ?? FiniteRange(values);
        foreach (int k in ranks)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(k);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, finite);
        }

        // Every deviation lies in [0, the larger of the extremes' deviations]; the bounds need not be attained.
        return Select(values, new Deviation(center), finite, 0, Math.Max(Math.Abs(min - center), Math.Abs(max - center)), ranks);
    }

    private static double[] Select<TKey>(ReadOnlySpan<double> values, TKey key, int finite, double min, double max, ReadOnlySpan<int> ranks)
        where TKey : struct, IKey
    {
        int[] distinct = [.. ranks.ToArray().Distinct().Order()];
        var found = new double[distinct.Length];
        Narrow(values, key, finite, min, max, distinct, found, MaxNarrowings);
        var result = new double[ranks.Length];
        for (int j = 0; j < ranks.Length; j++)
        {
            result[j] = found[Array.BinarySearch(distinct, ranks[j])];
        }

        return result;
    }

    /// <summary>The finite values of <paramref name="values"/>, in order, in a new array (no list growth on millions of values).</summary>
    public static double[] Finite(ReadOnlySpan<double> values)
    {
        int count = 0;
        foreach (double v in values)
        {
            count += double.IsFinite(v) ? 1 : 0;
        }

        var finite = new double[count];
        int n = 0;
        foreach (double v in values)
        {
            if (double.IsFinite(v))
            {
                finite[n++] = v;
            }
        }

        return finite;
    }

    /// <summary>
    /// Puts the values of <paramref name="ranks"/> (ascending, distinct, among the keys of the <paramref name="finite"/>
    /// finite values of <paramref name="values"/>, which lie in [<paramref name="min"/>, <paramref name="max"/>]) into
    /// <paramref name="found"/>: one counting pass over equal-width buckets, one pass gathering the keys of the buckets
    /// that hold a wanted rank, then the same again within each of those.
    /// </summary>
    private static void Narrow<TKey>(ReadOnlySpan<double> values, TKey key, int finite, double min, double max, ReadOnlySpan<int> ranks, Span<double> found, int narrowings)
        where TKey : struct, IKey
    {
        if (ranks.Length == 0)
        {
            return;
        }

        if (min == max)
        {
            found.Fill(min);
            return;
        }

        // A range too wide for a double (or too narrow to scale) is left to quickselect.
        double scale = Buckets / (max - min);
        if (finite <= BucketingThreshold || narrowings == 0 || !double.IsFinite(max - min) || !double.IsFinite(scale))
        {
            double[] copy = FiniteKeys(values, key, finite);
            SelectAll(copy, ranks, 0, Rounds(copy.Length));
            for (int j = 0; j < ranks.Length; j++)
            {
                found[j] = copy[ranks[j]];
            }

            return;
        }

        int[] counts = new int[Buckets];
        Count(values, key, min, scale, counts);

        // The bucket of each rank, and that rank within its bucket; the wanted buckets get a slot each, and their
        // values one stretch each of a single gathered array.
        int[] bucketOf = new int[ranks.Length];
        int[] firstOf = new int[ranks.Length];
        int[] slotStart = new int[Buckets];
        Array.Fill(slotStart, -1);
        var wanted = new List<int>();
        int gatheredCount = 0;
        for (int j = 0, b = 0, before = 0; j < ranks.Length; j++)
        {
            while (before + counts[b] <= ranks[j])
            {
                before += counts[b++];
            }

            bucketOf[j] = b;
            firstOf[j] = before;
            if (slotStart[b] < 0)
            {
                slotStart[b] = gatheredCount;
                gatheredCount += counts[b];
                wanted.Add(b);
            }
        }

        var gathered = new double[gatheredCount];
        Gather(values, key, min, scale, slotStart, gathered);
        for (int s = 0, j = 0; s < wanted.Count; s++)
        {
            int first = j;
            while (j < ranks.Length && bucketOf[j] == wanted[s])
            {
                j++;
            }

            int[] local = new int[j - first];
            for (int r = first; r < j; r++)
            {
                local[r - first] = ranks[r] - firstOf[r];
            }

            // Gather advanced each wanted bucket's start to its end.
            ReadOnlySpan<double> bucket = gathered.AsSpan(slotStart[wanted[s]] - counts[wanted[s]], counts[wanted[s]]);
            (_, double low, double high) = FiniteRange(bucket);
            Narrow(bucket, default(Identity), bucket.Length, low, high, local, found[first..j], narrowings - 1);
        }
    }

    /// <summary>How many values are finite, and the least and greatest of them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static FiniteValues FiniteRange(ReadOnlySpan<double> values)
    {
        int count = 0, i = 0;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        if (Avx.IsSupported && values.Length >= Vector256<double>.Count)
        {
            // Four lanes at a time: v - v is 0 exactly for finite v (NaN for NaN and infinities); the others are
            // blended to +inf for the minimum and -inf for the maximum, so MINPD/MAXPD never see a NaN.
            ref double first = ref MemoryMarshal.GetReference(values);
            Vector256<double> lows = Vector256.Create(double.PositiveInfinity), highs = Vector256.Create(double.NegativeInfinity);
            Vector256<long> counts = Vector256<long>.Zero;
            for (; i <= values.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                Vector256<double> v = Vector256.LoadUnsafe(ref first, (nuint)i);
                Vector256<double> finite = Vector256.Equals(v - v, Vector256<double>.Zero);
                lows = Avx.Min(lows, Vector256.ConditionalSelect(finite, v, Vector256.Create(double.PositiveInfinity)));
                highs = Avx.Max(highs, Vector256.ConditionalSelect(finite, v, Vector256.Create(double.NegativeInfinity)));
                counts -= finite.AsInt64();
            }

            count = (int)Vector256.Sum(counts);
            for (int lane = 0; lane < Vector256<double>.Count; lane++)
            {
                min = lows[lane] < min ? lows[lane] : min;
                max = highs[lane] > max ? highs[lane] : max;
            }
        }

        for (; i < values.Length; i++)
        {
            double v = values[i];
            if (double.IsFinite(v))
            {
                count++;
                min = v < min ? v : min;
                max = v > max ? v : max;
            }
        }

        return new(count, min, max);
    }

    /// <summary>
    /// Counts the finite values' keys in each bucket. Four interleaved tables (one per value of a group of four) keep a
    /// run of keys in the same bucket from waiting on each other's increments; they are added at the end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Count<TKey>(ReadOnlySpan<double> values, TKey key, double min, double scale, Span<int> counts)
        where TKey : struct, IKey
    {
        const int Stride = Buckets + 1; // the extra bucket of each table takes the non-finite values
        int[] tables = new int[4 * Stride];
        int i = 0;
        if (Avx.IsSupported)
        {
            ref double first = ref MemoryMarshal.GetReference(values);
            for (; i <= values.Length - 4; i += 4)
            {
                Vector256<double> v = Vector256.LoadUnsafe(ref first, (nuint)i);
                if (Vector256.EqualsAll(v - v, Vector256<double>.Zero))
                {
                    Vector128<int> b = Buckets4(key.Of(v), min, scale);
                    tables[b.GetElement(0)]++;
                    tables[Stride + b.GetElement(1)]++;
                    tables[(2 * Stride) + b.GetElement(2)]++;
                    tables[(3 * Stride) + b.GetElement(3)]++;
                }
                else
                {
                    for (int lane = 0; lane < 4; lane++)
                    {
                        tables[(lane * Stride) + BucketOrSpare(values[i + lane], key, min, scale)]++;
                    }
                }
            }
        }

        for (; i < values.Length; i++)
        {
            tables[BucketOrSpare(values[i], key, min, scale)]++;
        }

        for (int b = 0; b < Buckets; b++)
        {
            counts[b] += tables[b] + tables[Stride + b] + tables[(2 * Stride) + b] + tables[(3 * Stride) + b];
        }
    }

    /// <summary>The bucket of a finite value's key, <see cref="Buckets"/> (one past the last) for NaN and infinities.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int BucketOrSpare<TKey>(double v, TKey key, double min, double scale)
        where TKey : struct, IKey => double.IsFinite(v) ? Bucket(key.Of(v), min, scale) : Buckets;

    /// <summary>Copies the keys of the finite values in every bucket with a start (not -1) to that start onwards, advancing it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Gather<TKey>(ReadOnlySpan<double> values, TKey key, double min, double scale, Span<int> start, Span<double> gathered)
        where TKey : struct, IKey
    {
        int i = 0;
        if (Avx.IsSupported)
        {
            ref double first = ref MemoryMarshal.GetReference(values);
            for (; i <= values.Length - 4; i += 4)
            {
                Vector256<double> v = Vector256.LoadUnsafe(ref first, (nuint)i);
                if (Vector256.EqualsAll(v - v, Vector256<double>.Zero))
                {
                    Vector256<double> k = key.Of(v);
                    Vector128<int> b = Buckets4(k, min, scale);
                    for (int lane = 0; lane < 4; lane++)
                    {
                        int at = start[b.GetElement(lane)];
                        if (at >= 0)
                        {
                            gathered[at] = k.GetElement(lane);
                            start[b.GetElement(lane)] = at + 1;
                        }
                    }

                    continue;
                }

                for (int lane = 0; lane < 4; lane++)
                {
                    GatherOne(values[i + lane], key, min, scale, start, gathered);
                }
            }
        }

        for (; i < values.Length; i++)
        {
            GatherOne(values[i], key, min, scale, start, gathered);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void GatherOne<TKey>(double v, TKey key, double min, double scale, Span<int> start, Span<double> gathered)
        where TKey : struct, IKey
    {
        if (double.IsFinite(v))
        {
            double k = key.Of(v);
            int b = Bucket(k, min, scale);
            int at = start[b];
            if (at >= 0)
            {
                gathered[at] = k;
                start[b] = at + 1;
            }
        }
    }

    /// <summary>
    /// <see cref="Bucket"/> of four finite keys at once: the same subtraction and multiplication, truncated to int by
    /// CVTTPD2DQ (the keys lie in [min, max], so (k - min) x scale is in [0, Buckets] and truncates as the scalar cast does).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<int> Buckets4(Vector256<double> keys, double min, double scale) =>
        Vector128.Min(Avx.ConvertToVector128Int32WithTruncation((keys - Vector256.Create(min)) * Vector256.Create(scale)), Vector128.Create(Buckets - 1));

    /// <summary>The keys of the finite values, in a new array.</summary>
    private static double[] FiniteKeys<TKey>(ReadOnlySpan<double> values, TKey key, int finite)
        where TKey : struct, IKey
    {
        var keys = new double[finite];
        int n = 0;
        foreach (double v in values)
        {
            if (double.IsFinite(v))
            {
                keys[n++] = key.Of(v);
            }
        }

        return keys;
    }

    /// <summary>What is ranked: the value itself, or its distance from a centre.</summary>
    private interface IKey
    {
        double Of(double v);

        Vector256<double> Of(Vector256<double> v);
    }

    private readonly struct Identity : IKey
    {
        public double Of(double v) => v;

        public Vector256<double> Of(Vector256<double> v) => v;
    }

    /// <summary>|v - centre|, as <c>Math.Abs(v - centre)</c> (the sign bit cleared), lane by lane the same.</summary>
    private readonly struct Deviation(double center) : IKey
    {
        public double Of(double v) => Math.Abs(v - center);

        public Vector256<double> Of(Vector256<double> v) => Vector256.Abs(v - Vector256.Create(center));
    }

    /// <summary>
    /// The bucket of a finite value in [min, max]: floor((v - min) x scale), the top one also holding max. Subtraction,
    /// multiplication by a positive scale, min and truncation are each monotone, so a larger value never lands in an
    /// earlier bucket.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bucket(double v, double min, double scale) => Math.Min((int)((v - min) * scale), Buckets - 1);

    /// <summary>
    /// Puts every rank of <paramref name="ranks"/> (ascending, distinct, relative to <paramref name="offset"/> in the
    /// whole sample) in its sorted place: one partition serves every rank, and each side is searched only for the
    /// ranks that fall in it, so nine percentiles cost little more than one median.
    /// </summary>
    private static void SelectAll(Span<double> values, ReadOnlySpan<int> ranks, int offset, int rounds)
    {
        if (ranks.Length == 0)
        {
            return;
        }

        if (ranks.Length == 1)
        {
            SelectInPlace(values, ranks[0] - offset);
            return;
        }

        if (values.Length < SmallRange * 4 || rounds == 0)
        {
            values.Sort();
            return;
        }

        int j = Partition(values, 0, values.Length - 1);
        int split = 0;
        while (split < ranks.Length && ranks[split] - offset <= j)
        {
            split++;
        }

        SelectAll(values[..(j + 1)], ranks[..split], offset, rounds - 1);
        SelectAll(values[(j + 1)..], ranks[split..], offset + j + 1, rounds - 1);
    }

    /// <summary>Reorders <paramref name="values"/> so that the value of rank <paramref name="k"/> sits at index k, no
    /// greater value before it and no smaller after it.</summary>
    private static void SelectInPlace(Span<double> values, int k)
    {
        int lo = 0, hi = values.Length - 1;
        int rounds = Rounds(values.Length);
        while (hi - lo >= SmallRange)
        {
            if (rounds-- == 0)
            {
                values[lo..(hi + 1)].Sort();
                return;
            }

            int j = Partition(values, lo, hi);
            if (k <= j)
            {
                hi = j;
            }
            else
            {
                lo = j + 1;
            }
        }

        values[lo..(hi + 1)].Sort();
    }

    /// <summary>Partitions allowed before what is left is sorted instead: bounds the worst case (an adversarial order) by n log n.</summary>
    private static int Rounds(int length) => (2 * (int)Math.Log2(Math.Max(length, 2))) + 8;

    /// <summary>Median of three as the pivot, then Hoare's partition of [lo, hi]: returns j with [lo, j] &lt;= pivot &lt;= [j + 1, hi].</summary>
    private static int Partition(Span<double> values, int lo, int hi)
    {
        int mid = lo + ((hi - lo) / 2);
        if (values[mid] < values[lo])
        {
            (values[mid], values[lo]) = (values[lo], values[mid]);
        }

        if (values[hi] < values[lo])
        {
            (values[hi], values[lo]) = (values[lo], values[hi]);
        }

        if (values[hi] < values[mid])
        {
            (values[hi], values[mid]) = (values[mid], values[hi]);
        }

        double pivot = values[mid];
        int i = lo - 1, j = hi + 1;
        while (true)
        {
            do
            {
                i++;
            }
            while (values[i] < pivot);

            do
            {
                j--;
            }
            while (values[j] > pivot);

            if (i >= j)
            {
                return j;
            }

            (values[i], values[j]) = (values[j], values[i]);
        }
    }
}
