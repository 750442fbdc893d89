namespace CamTest.Cli.Commands;

/// <summary>The switches of <c>camtest emva</c>.</summary>
/// <param name="ExposureUnit">Unit of a descriptor's exposure times: ns, us, ms or s.</param>
/// <param name="Force">Replace an earlier run's results in --out.</param>
public sealed record EmvaOptions(bool Pdf, bool Json, string ExposureUnit = "ns", double? PixelSizeUm = null, bool Force = false)
{
    public double SecondsPerExposureUnit() => ExposureUnit switch
    {
        "ns" => 1e-9,
        "us" or "µs" => 1e-6,
        "ms" => 1e-3,
        "s" => 1,
        _ => throw new UsageException($"--exposure-unit '{ExposureUnit}' is not one of ns, us, ms, s"),
    };
}
