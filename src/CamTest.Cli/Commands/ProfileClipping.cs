using System.Globalization;
using CamTest.Core.Calculators;
using CamTest.Core.Diagnostics;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Cli.Commands;

/// <summary>
/// Whether a profile's peak is clipped: any of the four pixels the bilinear sample at the peak is interpolated from
/// sits at the ADC's top code. A clipped spot's true peak is higher than any number the profile can show, so the
/// user is warned (<see cref="ProfileDiagnostics.PeakClipped"/>) rather than handed a peak in electrons that is only a
/// lower bound.
/// </summary>
public static class ProfileClipping
{
    /// <param name="rows">The band of rows read for the profile, as doubles, starting at <paramref name="firstRow"/>.</param>
    public static Diagnostic? Warning(LineProfile profile, double[] rows, int width, int firstRow, StackInfo info)
    {
        if (CodeExtremes.For(info.PixelType, info.BitDepth).TopCode is not double top)
        {
            return null;
        }

        ProfilePoint peak = profile.Peak;
        int height = rows.Length / width;
        int x0 = (int)Math.Floor(peak.X), y0 = (int)Math.Floor(peak.Y) - firstRow;
        for (int y = y0; y <= y0 + 1; y++)
        {
            for (int x = x0; x <= x0 + 1; x++)
            {
                if (x >= 0 && x < width && y >= 0 && y < height && rows[(y * width) + x] >= top)
                {
                    return ProfileDiagnostics.PeakClipped.Raise(string.Format(CultureInfo.InvariantCulture,
                        "the peak at (x {0:0.##}, y {1:0.##}) sits at the top code {2:G6}: the spot is clipped and its true peak is higher; shorten the exposure or dim the light",
                        peak.X, peak.Y, top)) with { Section = "profile" };
                }
            }
        }

        return null;
    }
}
