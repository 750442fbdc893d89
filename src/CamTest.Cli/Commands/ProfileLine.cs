using System.Globalization;

namespace CamTest.Cli.Commands;

/// <summary>The line <c>camtest profile --line x0,y0,x1,y1</c> samples, in pixel indices (pixel (i,j) sits at x=i, y=j).</summary>
public sealed record ProfileLine(double X0, double Y0, double X1, double Y1)
{
    /// <summary>Four numbers separated by commas, read the same in every locale; anything else is a usage error.</summary>
    public static ProfileLine Parse(string text)
    {
        string[] parts = text.Split(',');
        var values = new double[4];
        if (parts.Length != 4 || !parts.Select((s, i) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])).All(ok => ok))
        {
            throw new UsageException($"--line '{text}' is not x0,y0,x1,y1 (four numbers separated by commas)");
        }

        return new ProfileLine(values[0], values[1], values[2], values[3]);
    }
}
