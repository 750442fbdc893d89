using CamTest.Core.Diagnostics;
using System.Globalization;
using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.IO;

namespace CamTest.Core.Emva;

/// <summary>
/// EMVA 1288 Release 4.0, Linear module, end to end: reads the measurement once (<see cref="EmvaReducer"/>), merges
/// repeated points, takes the dark off every bright point, finds saturation, fits K and R over the linear range, and
/// derives every figure of the data sheet with its standard error through <see cref="Quantity"/>. What the data do not
/// allow is named in <see cref="EmvaFindings.NotMeasured"/>; what the user must hear, in <see cref="EmvaAnalysisResult.Diagnostics"/>.
/// </summary>
public static class EmvaAnalysis
{
    public static EmvaAnalysisResult Run(EmvaInput input, IProgress<double>? progress = null)
    {
        var notes = new RaisedDiagnostics(input.Notes);
        var notMeasured = new List<EmvaFiguresNotMeasured>();
        EmvaReduction data = EmvaReducer.Reduce(input, progress);
        IReadOnlyList<EmvaLevel> darks = [.. notes.Keep(EmvaLevels.Merge(data.Temporal.Where(s => !s.Set.IsBright))).OrderBy(d => d.ExposureS)];
        IReadOnlyList<EmvaLevel> brights = notes.Keep(EmvaLevels.Merge(data.Temporal.Where(s => s.Set.IsBright)));
        if (darks.Count == 0)
        {
            throw new InvalidInputException(input.Source, "has no dark pairs (a 'd' line with two images): EMVA 1288 takes the dark signal off every bright point");
        }

        if (brights.Count < 2)
        {
            throw new InvalidInputException(input.Source, $"has {brights.Count} bright point(s) with a pair of images; the photon transfer curve needs at least 2 (EMVA 1288 asks for 50)");
        }

        bool photons = brights.All(b => b.PhotonsPerPixel is not null);
        if (!photons)
        {
            notes.Add(EmvaDiagnostics.Note(EmvaDiagnostics.NoPhotonCounts, "the bright points state no photon counts: quantum efficiency, responsivity and the figures in photons are not measured"));
            notMeasured.Add(new(["quantumEfficiency", "responsivity", "sensitivityThresholdPhotons", "saturationCapacityPhotons"], "need the photons per pixel of every bright point"));
        }

        var darkMatch = new EmvaDarkMatch(darks);
        EmvaPoint[] points = [.. Order(brights, photons).Select(b => new EmvaPoint(b, darkMatch.At(b.ExposureS)))];
        if (InterpolatedDarks(points, darks) is { } interpolated)
        {
            notes.Add(interpolated);
            notes.AddRange(darkMatch.FitErrorsUnknown());
        }

        SaturationPoint.Found saturation = EmvaSaturationRule.Find(points);
        if (!saturation.Reached)
        {
            notes.Add(EmvaDiagnostics.Note(EmvaDiagnostics.SaturationNotReached, "saturation is not reached: the variance still rises at the brightest point and no pixel reaches the top code, so saturation capacity, SNR_max and dynamic range are lower bounds"));
        }

        (Quantity k, EmvaPointRange kRange) = EmvaSystemGainFit.Fit(points, saturation);
        if (!(k.Value > 0))
        {
            throw new InsufficientDataException($"{input.Source}: the photon transfer curve does not rise (K = {k.Value.ToString("G3", CultureInfo.InvariantCulture)} DN/e-); are bright and dark sets swapped?");
        }

        if (kRange.Count < 3)
        {
            notes.Add(EmvaDiagnostics.Note(EmvaDiagnostics.FitQuality, $"only {kRange.Count} point(s) lie below 70 % of saturation: K has {(kRange.Count < 2 ? "no" : "a poorly known")} standard error (EMVA 1288 asks for 50 points)"));
        }

        Quantity? r = null, eta = null;
        if (photons)
        {
            (r, eta) = EmvaResponsivity.Fit(points, kRange, k);
            if (EmvaResponsivity.Plausibility(eta, input.Source, points) is { } warning)
            {
                notes.Add(warning);
            }
        }

        EmvaDarkNoise dark = EmvaDarkNoise.From(darks, k);
        if (dark.QuantisationLimited)
        {
            notes.Add(EmvaDiagnostics.Note(EmvaDiagnostics.QuantisationLimited, string.Create(CultureInfo.InvariantCulture,
                $"the dark noise ({dark.SigmaY.Value:G3} DN) is below the quantisation limit sqrt(0.24) = 0.49 DN: it cannot be resolved from the ADC's rounding, so temporal dark noise is an upper bound ({dark.SigmaD.Value:G3} e-) and the sensitivity threshold uses 0.24 DN² (EMVA 1288 R4)")));
        }

        Quantity thresholdE = EmvaSensitivityThreshold.Electrons(dark, k);
        Quantity? thresholdP = eta is null ? null : EmvaSensitivityThreshold.Photons(thresholdE, eta);
        (Quantity? satP, Quantity satE) = EmvaSaturationCapacity.At(points[saturation.Index], k, eta);
        Quantity snrMax = EmvaSignalToNoise.Maximum(satE);
        Quantity range = EmvaDynamicRange.Of(satE, thresholdE);
        EmvaLinearity? linearity = Linearity(points, saturation, photons);
        if (linearity is null)
        {
            notMeasured.Add(new(["linearityError", "linearityErrorMin", "linearityErrorMax"], photons || IsExposureSweep(points)
                ? "need 3 or more points between 5 % and 95 % of saturation"
                : "need the photon counts of an illumination sweep (or an exposure sweep at one light level)"));
        }

        EmvaDarkCurrent? current = EmvaDarkCurrent.From(darks, k);
        if (current is null)
        {
            notMeasured.Add(new(["darkCurrentFromMean", "darkCurrentFromVariance"], $"need dark pairs at {EmvaDarkCurrent.LeastExposures} or more exposures ({darks.Select(d => d.ExposureS).Distinct().Count()} taken)"));
        }

        Quantity? Kept(EmvaPositiveRate rate)
        {
            if (rate.Note is { } note)
            {
                notes.Add(note);
                notMeasured.Add(rate.NotMeasured!);
            }

            return rate.Rate;
        }

        Quantity? fromMean = Kept(Positive(current?.FromMean, "darkCurrentFromMean", "dark current from the mean", "the dark mean falls as the exposure grows (an offset that drifts or is clamped)"));
        Quantity? fromVariance = Kept(Positive(current?.FromVariance, "darkCurrentFromVariance", "dark current from the variance", "the dark variance falls as the exposure grows"));
        EmvaSpatialResult? spatial = notes.Keep(EmvaSpatialAnalysis.Run(data, darkMatch, k));
        if (spatial is null)
        {
            notes.Add(EmvaDiagnostics.Note(EmvaDiagnostics.NoSpatialSet, "no spatial set (a 'b' or 'd' line with more than two images): DSNU, PRNU, spectrograms and defect histograms need one; the temporal figures stand without it"));
            notMeasured.Add(new(["dsnu", "prnu", "dsnuSplit", "prnuSplit", "spectrograms", "histograms"], "need spatial sets: a bright and a dark line with more than two images each (EMVA 1288 averages 16 or more)"));
        }

        if (input.PixelSizeUm is null)
        {
            notMeasured.Add(new(["sensitivityThresholdPerArea", "saturationCapacityPerArea"], "need the pixel size (--pixel-size-um, or camera.pixelSizeUm in a session)"));
        }

        var findings = new EmvaFindings(
            input.Source, data.TopCode, data.Width, data.Height, k, kRange, points, darks, saturation, dark, thresholdE, satE, snrMax, range, notMeasured)
        {
            PixelSizeUm = input.PixelSizeUm,
            Responsivity = r,
            QuantumEfficiency = eta,
            SensitivityThresholdPhotons = thresholdP,
            SaturationCapacityPhotons = satP,
            Linearity = linearity,
            DarkCurrent = current,
            DarkCurrentFromMean = fromMean,
            DarkCurrentFromVariance = fromVariance,
            Spatial = spatial,
        };
        return new EmvaAnalysisResult(findings, notes.All);
    }

    /// <summary>
    /// A dark current that came out negative cannot be true: it is left out, and the note gives the measured slope and
    /// its error (within about two errors of zero it only says the dark current is too small to resolve). The note's
    /// section is the figure's key in results.json (<c>emva.darkCurrentFromMean</c>), so a reader or a test can tell which
    /// figure <see cref="EmvaDiagnostics.NotResolved"/> left out.
    /// </summary>
    /// <param name="key">The figure's key under results.json's <c>emva</c>.</param>
    private static EmvaPositiveRate Positive(Quantity? rate, string key, string name, string cause)
    {
        if (rate is null || rate.Value >= 0)
        {
            return new(rate, null, null);
        }

        string value = rate.StdErr is double s ? string.Create(CultureInfo.InvariantCulture, $"{rate.Value:G3} ± {s:G2} e-/s") : rate.ToString();
        bool resolved = rate.StdErr is double e && -rate.Value > 2 * e;
        string why = resolved ? cause : "the dark current is below what these exposures resolve";
        return new(
            null,
            EmvaDiagnostics.FigureNotResolved(key, $"{name} came out negative ({value}), which no dark current can be: {why}; the figure is left out"),
            new([key], $"negative ({value}): {why}"));
    }

    /// <summary>By photon count when every point states one; else by exposure, then by signal (an unnamed illumination sweep).</summary>
    private static IEnumerable<EmvaLevel> Order(IReadOnlyList<EmvaLevel> brights, bool photons) =>
        photons ? brights.OrderBy(b => b.PhotonsPerPixel) : brights.OrderBy(b => b.ExposureS).ThenBy(b => b.Mean.Value);

    /// <summary>
    /// Against photons when stated; against exposure when the points are an exposure sweep (each at its own exposure),
    /// whose photon counts are proportional to exposure; otherwise not at all.
    /// </summary>
    private static EmvaLinearity? Linearity(EmvaPoint[] points, SaturationPoint.Found saturation, bool photons) =>
        photons ? EmvaLinearity.Fit(points, saturation, p => p.PhotonsPerPixel!.Value, "photons")
        : IsExposureSweep(points) ? EmvaLinearity.Fit(points, saturation, p => p.ExposureS, "exposure")
        : null;

    /// <summary>Each point at its own exposure: the photon counts are then proportional to exposure.</summary>
    private static bool IsExposureSweep(EmvaPoint[] points) => points.Select(p => p.ExposureS).Distinct().Count() == points.Length;

    /// <summary>The note naming the bright points whose dark was interpolated, or null when none was.</summary>
    private static Diagnostic? InterpolatedDarks(EmvaPoint[] points, IReadOnlyList<EmvaLevel> darks)
    {
        EmvaPoint[] interpolated = [.. points.Where(p => p.Dark.Interpolated)];
        if (interpolated.Length == 0)
        {
            return null;
        }

        string how = darks.Select(d => d.ExposureS).Distinct().Count() >= 2
            ? "from straight lines through the dark series' mean and variance against exposure"
            : string.Create(CultureInfo.InvariantCulture, $"from the only dark exposure ({darks[0].ExposureS * 1e3:G6} ms); dark current between the exposures is not taken off");
        return EmvaDiagnostics.Note(EmvaDiagnostics.DarkInterpolated, $"{interpolated.Length} of {points.Length} bright points have no dark pair at their exposure ({string.Join(", ", interpolated.SelectMany(p => p.Bright.Origins).Take(3))}{(interpolated.Length > 3 ? ", ..." : string.Empty)}): their dark level comes {how}");
    }
}
