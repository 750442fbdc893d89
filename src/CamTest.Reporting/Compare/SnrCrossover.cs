using CamTest.Reporting.Plots;

namespace CamTest.Reporting.Compare;

/// <summary>
/// Where two cameras' SNR curves cross: the signal (photoelectrons per pixel) below which one gives the better SNR and
/// above which the other does. Found where ln(SNR_a / SNR_b) changes sign on a log grid from 10^-2 to 10^6 e-, then
/// refined by bisection in log signal to a part in 10^9.
/// </summary>
public sealed record SnrCrossover(string Below, string Above, double SignalE)
{
    public const double LowestSignal = 1e-2, HighestSignal = 1e6;

    public static IReadOnlyList<SnrCrossover> Find(SnrModel a, string labelA, SnrModel b, string labelB)
    {
        double Ratio(double s) => Math.Log(a.Snr(s) / b.Snr(s));
        var found = new List<SnrCrossover>();
        double[] grid = [.. Enumerable.Range(0, 161).Select(i => LowestSignal * Math.Pow(10, i / 20.0))];
        for (int i = 1; i < grid.Length; i++)
        {
            double r0 = Ratio(grid[i - 1]), r1 = Ratio(grid[i]);
            if (Math.Sign(r0) == Math.Sign(r1) || r0 == 0)
            {
                continue;
            }

            double lo = Math.Log(grid[i - 1]), hi = Math.Log(grid[i]);
            for (int k = 0; k < 100 && hi - lo > 1e-9; k++)
            {
                double mid = (lo + hi) / 2;
                if (Math.Sign(Ratio(Math.Exp(mid))) == Math.Sign(r0))
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }

            found.Add(r0 > 0 ? new SnrCrossover(labelA, labelB, Math.Exp((lo + hi) / 2)) : new SnrCrossover(labelB, labelA, Math.Exp((lo + hi) / 2)));
        }

        return found;
    }
}
