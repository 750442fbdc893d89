using System.Numerics;
using CamTest.Core.Emva;
using MathNet.Numerics.IntegralTransforms;

namespace CamTest.Core.Tests.Emva;

/// <summary>The spectrograms' own transform against MathNet.Numerics' (an independent implementation), at every length 1..64 and the image sides.</summary>
public class MixedRadixFourierTests
{
    public static TheoryData<int> Lengths() => [.. Enumerable.Range(1, 64).Concat([97, 480, 512, 640, 2048])];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Matches_mathnet_to_rounding(int n)
    {
        var random = new Random(n);
        Complex[] input = [.. Enumerable.Range(0, n).Select(_ => new Complex(random.NextDouble() - 0.5, random.NextDouble() - 0.5))];
        var output = new Complex[n];
        new MixedRadixFourier(n).Forward(input, output);

        Complex[] expected = [.. input];
        Fourier.Forward(expected, FourierOptions.NoScaling);
        // Rounding grows like log n per stage; 1e-9 of the largest coefficient is far above it and far below any error.
        double scale = expected.Max(c => c.Magnitude);
        for (int k = 0; k < n; k++)
        {
            Assert.True((output[k] - expected[k]).Magnitude <= 1e-9 * scale, $"n = {n}, k = {k}: {output[k]} against {expected[k]}");
        }
    }
}
