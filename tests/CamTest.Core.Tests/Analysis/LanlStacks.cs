using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Core.Session;
using CamTest.IO;

namespace CamTest.Core.Tests.Analysis;

/// <summary>
/// The LANL EMCCD stacks and maps under one folder: the full set in ../shared/data or the committed 500-frame subset
/// (tests/fixtures/real/lanl-emccd), laid out alike.
/// </summary>
internal sealed record LanlStacks(string Root)
{
    public StackSummary Reduce(string folder, string file)
    {
        using IFrameSource source = ImageFile.Open(Path.Combine(Root, folder, file));
        return StackReducer.Reduce(source);
    }

    /// <summary>Mean of the offset map and mean of the squared read-noise map (the pixels' mean read variance), ADU.</summary>
    public (double S0, double ReadVariance) OffsetAndReadVariance(string folder, string prefix)
    {
        using IFrameSource s0 = ImageFile.Open(Path.Combine(Root, folder, $"{prefix}_S0.tif"));
        using IFrameSource sigma = ImageFile.Open(Path.Combine(Root, folder, $"{prefix}_sigma.tif"));
        return (s0.ReadFrameAsDouble(0).Average(), sigma.ReadFrameAsDouble(0).Average(v => v * v));
    }

    /// <summary>
    /// The EM gain at <paramref name="setPoint"/> from the gain series, both ways: from the noise (with the conversion
    /// gain given) and as the protocol's ratio to the 1x stack (same scene and exposure, each stack less its own set
    /// point's offset).
    /// </summary>
    public (Quantity FromNoise, Quantity Ratio) EmGains(int setPoint, double conversionEPerAdu)
    {
        StackSummary reference = Reduce("gain-GS", "1x-gain.tif");
        StackSummary amplified = Reduce("gain-GS", $"{setPoint}x-gain.tif");
        (double s0Reference, _) = OffsetAndReadVariance("gain-GS", "1x-gain_no-signal");
        (double s0, double readVariance) = OffsetAndReadVariance("gain-GS", $"{setPoint}x-gain_no-signal");
        Quantity mean = amplified.Level();
        Quantity fromNoise = EmGain.FactorFromNoise(
            amplified.TemporalVariance(), Quantity.Exact(readVariance, Unit.Adu2), mean - Quantity.Exact(s0, Unit.Adu), Quantity.Exact(conversionEPerAdu, Unit.ElectronsPerAdu));
        Quantity ratio = EmGain.Factor(reference.Level(), 1, Quantity.Exact(s0Reference, Unit.Adu), mean, 1, Quantity.Exact(s0, Unit.Adu));
        return (fromNoise, ratio);
    }

    /// <summary>The 1x illumination series (six levels) as photon transfer points over the 1x offset and read-noise maps.</summary>
    public List<PhotonTransferPoint> IlluminationSeries()
    {
        (double s0, double readVariance) = OffsetAndReadVariance("ADU", "1x-gain_no-signal");
        var points = new List<PhotonTransferPoint>();
        for (int level = 1; level <= 6; level++)
        {
            StackSummary s = Reduce("ADU", $"1x-gain_level-0{level}.tif");
            Quantity variance = s.TemporalVariance();
            points.Add(new PhotonTransferPoint(level, s.Level(), variance, Quantity.Exact(s0, Unit.Adu), s.TopCodeFraction));
        }

        return points;
    }
}
