using CamTest.Core.Emva;
using CamTest.Core.Results;

namespace CamTest.Core.Session;

/// <summary>results.json "emva": the EMVA 1288 figures in the standard's units (its grey values as DN), with the
/// standard's other expressions of each (dB and bits, per µm², 1/K, QE in %), the points' rows and what was not measured.</summary>
public static partial class ResultsMapper
{
    /// <summary>results.json for an EMVA 1288 analysis: the camera as named, the <c>emva</c> section, the diagnostics.</summary>
    public static CameraResults Emva(EmvaAnalysisResult analysis, string cameraName)
    {
        EmvaSection emva = Emva(analysis.Findings);
        DiagnosticReport report = DiagnosticReport.Of(analysis.Diagnostics);
        return new CameraResults
        {
            Camera = new CameraDescription(cameraName, null, emva.Bits, emva.PixelSizeUm),
            Emva = emva,
            Warnings = report.Warnings,
            Diagnostics = report.Diagnostics,
        };
    }

    /// <summary>emva.</summary>
    public static EmvaSection Emva(EmvaFindings f)
    {
        Quantity? eta = f.QuantumEfficiency;
        Quantity? area = f.PixelSizeUm is double size ? Quantity.Exact(size * size, Unit.Micrometre.Pow(2)) : null;
        return new EmvaSection
        {
            Source = f.Source,
            Bits = (int)Math.Round(Math.Log2(f.TopCode + 1)),
            Width = f.Width,
            Height = f.Height,
            PixelSizeUm = f.PixelSizeUm,
            SystemGain = EmvaFigures.SystemGain.Express(f.SystemGain),
            InverseSystemGain = EmvaFigures.InverseSystemGain.Express(1 / f.SystemGain),
            SystemGainFit = FitRange(f.SystemGainFit),
            Responsivity = EmvaFigures.Responsivity.Express(f.Responsivity),
            QuantumEfficiency = eta is null ? null : EmvaFigures.QuantumEfficiency.Express(eta * Quantity.Exact(1, Unit.Photon / Unit.Electron)),
            DarkNoiseAdu = EmvaFigures.DarkNoiseAdu.Express(f.DarkNoise.SigmaY),
            QuantisationLimited = f.DarkNoise.QuantisationLimited,
            DarkNoiseLimitAdu = f.DarkNoise.QuantisationLimited ? EmvaFigures.DarkNoiseLimitAdu.Exact(Math.Sqrt(EmvaDarkNoise.ResolvableVariance)) : null,
            TemporalDarkNoise = EmvaFigures.TemporalDarkNoise.Express(f.DarkNoise.SigmaD),
            TemporalDarkNoiseIsUpperBound = f.DarkNoise.QuantisationLimited,
            SensitivityThreshold = EmvaFigures.SensitivityThreshold.Express(f.SensitivityThreshold),
            SensitivityThresholdPhotons = EmvaFigures.SensitivityThresholdPhotons.Express(f.SensitivityThresholdPhotons),
            SensitivityThresholdPerArea = area is null || f.SensitivityThresholdPhotons is null ? null : EmvaFigures.SensitivityThresholdPerArea.Express(f.SensitivityThresholdPhotons / area),
            SensitivityThresholdElectronsPerArea = area is null ? null : EmvaFigures.SensitivityThresholdElectronsPerArea.Express(f.SensitivityThreshold / area),
            Saturation = new EmvaSaturation(f.Saturation.Index, EmvaSaturationRule.Describe(f.Saturation, f.Points, f.TopCode), f.Saturation.Reached),
            SaturationCapacity = EmvaFigures.SaturationCapacity.Express(f.SaturationCapacity),
            SaturationCapacityPhotons = EmvaFigures.SaturationCapacityPhotons.Express(f.SaturationCapacityPhotons),
            SaturationCapacityPerArea = area is null || f.SaturationCapacityPhotons is null ? null : EmvaFigures.SaturationCapacityPerArea.Express(f.SaturationCapacityPhotons / area),
            SaturationCapacityElectronsPerArea = area is null ? null : EmvaFigures.SaturationCapacityElectronsPerArea.Express(f.SaturationCapacity / area),
            SnrMax = EmvaFigures.SnrMax.Express(f.SnrMax),
            SnrMaxDb = EmvaFigures.SnrMaxDb.Express(LogarithmicRatio.Decibels(f.SnrMax)),
            SnrMaxBits = EmvaFigures.SnrMaxBits.Express(LogarithmicRatio.Bits(f.SnrMax)),
            InverseSnrMax = EmvaFigures.InverseSnrMax.Express(EmvaSignalToNoise.InverseMaximum(f.SnrMax)),
            DynamicRange = EmvaFigures.DynamicRange.Express(f.DynamicRange),
            DynamicRangeDb = EmvaFigures.DynamicRangeDb.Express(LogarithmicRatio.Decibels(f.DynamicRange)),
            DynamicRangeBits = EmvaFigures.DynamicRangeBits.Express(LogarithmicRatio.Bits(f.DynamicRange)),
            LinearityError = EmvaFigures.LinearityError.Express(f.Linearity?.Error),
            LinearityErrorMin = EmvaFigures.LinearityErrorMin.Express(f.Linearity?.Minimum),
            LinearityErrorMax = EmvaFigures.LinearityErrorMax.Express(f.Linearity?.Maximum),
            LinearityFit = f.Linearity is null ? null : FitRange(f.Linearity.Range),
            LinearityLine = f.Linearity is null ? null : new EmvaLine(f.Linearity.Intercept, f.Linearity.Slope),
            LinearityAgainst = f.Linearity?.Abscissa,
            DarkCurrentFromMean = EmvaFigures.DarkCurrentFromMean.Express(f.DarkCurrentFromMean),
            DarkCurrentFromMeanDn = f.DarkCurrentFromMean is null ? null : EmvaFigures.DarkCurrentFromMeanDn.Express(f.DarkCurrent?.FromMeanAdu),
            DarkCurrentFromVariance = EmvaFigures.DarkCurrentFromVariance.Express(f.DarkCurrentFromVariance),
            DarkMeanLine = f.DarkCurrent is null ? null : new EmvaLine(f.DarkCurrent.MeanLine.Intercept, f.DarkCurrent.MeanLine.Slope),
            DarkVarianceLine = f.DarkCurrent is null ? null : new EmvaLine(f.DarkCurrent.VarianceLine.Intercept, f.DarkCurrent.VarianceLine.Slope),
            Dsnu = EmvaFigures.Dsnu.Express(f.Spatial?.Dsnu?.Total),
            DsnuDn = EmvaFigures.DsnuDn.Express(f.Spatial?.DsnuDn),
            DsnuSplit = f.Spatial?.Dsnu is { } dsnu ? Split(dsnu, "dsnuSplit") : null,
            Prnu = EmvaFigures.Prnu.Express(f.Spatial?.Prnu.Total),
            PrnuSplit = f.Spatial is { } prnu ? Split(prnu.Prnu, "prnuSplit") : null,
            Spatial = f.Spatial is { } spatial ? SpatialInfo(spatial) : null,
            Spectrograms = f.Spatial is { } s ? new EmvaSpectrograms(Spectrogram(s.HorizontalDsnu), Spectrogram(s.VerticalDsnu), Spectrogram(s.HorizontalPrnu), Spectrogram(s.VerticalPrnu), s.DarkTemporalDn, s.BrightTemporalPercent) : null,
            Histograms = f.Spatial is { } h ? new EmvaHistograms(Histogram(h.DsnuHistogram), Histogram(h.PrnuHistogram)) : null,
            Points = Rows(f),
            DarkPoints = [.. f.Darks.Select(d => new EmvaDarkRow
            {
                ExposureS = d.ExposureS, Pairs = d.Pairs, Mean = EmvaFigures.DarkPointMean.Express(d.Mean), Variance = EmvaFigures.DarkPointVariance.Express(d.Variance),
                Origin = string.Join(", ", d.Origins),
            })],
            NotMeasured = [.. f.NotMeasured.Select(m => new EmvaNotMeasured(m.Figures, m.Reason))],
        };
    }

    /// <summary>emva.points[]: every bright point with its dark, and where it stands in the fits.</summary>
    private static List<EmvaPointRow> Rows(EmvaFindings f) =>
        [.. f.Points.Select((p, i) => new EmvaPointRow
        {
            ExposureS = p.ExposureS,
            PhotonsPerPixel = p.PhotonsPerPixel,
            Pairs = p.Bright.Pairs,
            Mean = EmvaFigures.PointMean.Express(p.Bright.Mean),
            Variance = EmvaFigures.PointVariance.Express(p.Bright.Variance),
            DarkMean = EmvaFigures.PointDarkMean.Express(p.Dark.Mean),
            DarkVariance = EmvaFigures.PointDarkVariance.Express(p.Dark.Variance),
            DarkInterpolated = p.Dark.Interpolated,
            Signal = EmvaFigures.PointSignal.Express(p.Signal),
            SignalVariance = EmvaFigures.PointSignalVariance.Express(p.SignalVariance),
            Snr = p.Bright.Variance.Value > 0 ? EmvaFigures.PointSnr.Express(p.Snr) : null,
            LinearityDeviation = f.Linearity is not null && i < f.Linearity.Deviations.Count ? EmvaFigures.PointLinearityDeviation.Express(f.Linearity.Deviations[i]) : null,
            TopCodeFraction = p.Bright.TopCodeFraction,
            InGainFit = f.SystemGainFit.Contains(i),
            InLinearityFit = f.Linearity?.Range.Contains(i) == true,
            BeyondSaturation = i > f.Saturation.Index,
            Origin = string.Join(", ", p.Bright.Origins),
        })];

    /// <summary>emva.spatial: what the non-uniformity figures were measured on.</summary>
    private static EmvaSpatialInfo SpatialInfo(EmvaSpatialResult s) => new()
    {
        BrightExposureS = s.Bright?.ExposureS, BrightPhotonsPerPixel = s.Bright?.PhotonsPerPixel, BrightFrames = s.Bright?.Frames,
        BrightSignalDn = s.BrightSignalDn,
        DarkExposureS = s.Dark?.ExposureS, DarkFrames = s.Dark?.Frames, DarkMeanDn = s.DarkMeanDn,
        HighPassWhiteVarianceKept = EmvaHighPass.WhiteVarianceKept,
    };

    /// <summary>emva.systemGainFit and linearityFit: the points a fit used.</summary>
    private static EmvaFitRange FitRange(EmvaPointRange r) => new(r.First, r.Last, r.FromFraction, r.ToFraction, r.FromSignalAdu, r.ToSignalAdu);

    /// <summary>emva.dsnuSplit and prnuSplit: a non-uniformity's total and parts, each through its declaration
    /// (<c>emva.{split}.total</c>, <c>.column</c>, ...).</summary>
    private static EmvaPatternSplit Split(EmvaPatternParts p, string split)
    {
        Quantity? Part(string part, Quantity? value) => FigureCatalog.Get($"emva.{split}.{part}").Express(value);
        return new(Part("total", p.Total), Part("column", p.Column), Part("row", p.Row), Part("pixel", p.Pixel), Part("highPass", p.HighPass));
    }

    /// <summary>One of emva.spectrograms.</summary>
    private static EmvaSpectrogram? Spectrogram(EmvaSpectrum? s) => s is null ? null : new(s.Frequency, s.Values, s.Unit);

    /// <summary>One of emva.histograms.</summary>
    private static EmvaHistogram? Histogram(EmvaDefectHistogram? h) =>
        h is null ? null : new(h.BinLower, h.BinWidth, h.Counts, h.NormalModel, h.AccumulatedFrom, h.AccumulatedPercent, h.Unit);
}
