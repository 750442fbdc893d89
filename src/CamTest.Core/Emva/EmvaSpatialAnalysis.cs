using CamTest.Core.Diagnostics;
using System.Globalization;
using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// The spatial half of EMVA 1288: from the averaged bright and dark spatial sets, DSNU and PRNU (total, column, row,
/// pixel, highpassed), the four spectrograms and the two defect histograms. The bright set's dark is the dark spatial
/// set at its exposure; without one, the dark series' mean at that exposure is taken off and no dark pattern.
/// </summary>
public static class EmvaSpatialAnalysis
{
    public static Diagnosed<EmvaSpatialResult?> Run(EmvaReduction data, EmvaDarkMatch darks, Quantity k)
    {
        var notes = new RaisedDiagnostics();
        ReducedSpatial? bright = notes.Keep(Pick([.. data.Spatial.Where(s => s.Set.IsBright)], null));
        ReducedSpatial? dark = notes.Keep(Pick([.. data.Spatial.Where(s => !s.Set.IsBright)], bright?.Set.ExposureS));
        if (bright is null && dark is null)
        {
            return notes.With<EmvaSpatialResult?>(null);
        }

        int w = data.Width, h = data.Height;
        // The heavy pieces (variances, high-pass filters, spectrograms, histograms) depend on few others: each starts
        // as soon as its inputs exist and they share the cores. Notes are added afterwards, in a fixed order.
        Task<EmvaSpatialVariance?> darkVariance = Start(() => dark is null ? null : EmvaSpatialVariance.Of(dark.Image, w, h));
        Task<EmvaSpatialVariance?> brightVariance = Start(() => bright is null ? null : EmvaSpatialVariance.Of(bright.Image, w, h));
        Task<EmvaSpectrum?> darkHorizontal = Start(() => dark is null ? null : EmvaSpectrogramTransform.Of(dark.Image.Mean, w, h, vertical: false, EmvaImageScale.Dn));
        Task<EmvaSpectrum?> darkVertical = Start(() => dark is null ? null : EmvaSpectrogramTransform.Of(dark.Image.Mean, w, h, vertical: true, EmvaImageScale.Dn));
        EmvaSpatialVariance? d = Wait(darkVariance);
        Task<Quantity?> darkHighPass = Start(() => d is null ? null : EmvaHighPassVariance.Of(dark!.Image, w, h, d.Temporal));
        Task<EmvaDefectHistogram?> dsnuHistogram = Start(() => d is null ? null
            : EmvaHistogramCounter.Of([.. dark!.Image.Mean.Select(v => v - d.Mean.Value)], 1.0 / dark.Image.Frames, EmvaUnits.Dn(Unit.Adu)));

        EmvaSpatialVariance? b = Wait(brightVariance);
        bool darkFits = d is not null && bright is not null && EmvaDarkMatch.SameExposure(dark!.Set.ExposureS, bright.Set.ExposureS);
        Quantity? darkMean = bright is null ? null : darkFits ? d!.Mean : darks.At(bright.Set.ExposureS).Mean;
        Task<Quantity?> brightHighPass = Start(() => b is null ? null : EmvaHighPassVariance.Of(bright!.Image, w, h, b.Temporal));
        double signal = b is null || darkMean is null ? double.NaN : (b.Mean - darkMean).Value;
        double[]? signalImage = bright is null || darkMean is null ? null : Subtract(bright.Image.Mean, dark?.Image.Mean, darkMean.Value);
        Task<EmvaSpectrum?> prnuHorizontal = Start(() => signalImage is null ? null : EmvaSpectrogramTransform.Of(signalImage, w, h, vertical: false, EmvaImageScale.PercentOf(signal)));
        Task<EmvaSpectrum?> prnuVertical = Start(() => signalImage is null ? null : EmvaSpectrogramTransform.Of(signalImage, w, h, vertical: true, EmvaImageScale.PercentOf(signal)));
        Task<EmvaDefectHistogram?> prnuHistogram = Start(() =>
        {
            if (signalImage is null)
            {
                return null;
            }

            (double[] highPassed, _, _) = EmvaHighPass.Filter(signalImage, w, h);
            return highPassed.Length > 1 ? EmvaHistogramCounter.Of([.. highPassed.Select(v => 100 * v / signal)], 0, Unit.Percent) : null;
        });

        Quantity? dHigh = Wait(darkHighPass);
        EmvaDsnu? dsnu = d is null ? null : notes.Keep(EmvaNonUniformity.Dsnu(d, dHigh, k));
        EmvaPatternParts prnu = EmvaPatternParts.None;
        double? brightTemporal = null;
        if (bright is not null && b is not null && darkMean is not null)
        {
            if (!darkFits)
            {
                notes.Add(EmvaDiagnostics.Note(EmvaDiagnostics.SpatialDark, d is null
                    ? $"no dark spatial set: PRNU from {bright.Set.Origin} takes off the dark mean at its exposure but not the dark pattern (DSNU), which raises it slightly"
                    : $"the dark spatial set {dark!.Set.Origin} was taken at another exposure than the bright one ({bright.Set.Origin}); its pattern is taken off PRNU as measured"));
            }

            prnu = notes.Keep(EmvaNonUniformity.Prnu(b, Wait(brightHighPass), d, dHigh, darkMean));
            brightTemporal = 100 * Math.Sqrt(b.Temporal.Value + (d?.Temporal.Value ?? 0)) / signal;
            if (bright.TopCodeFraction > 0)
            {
                notes.Add(EmvaDiagnostics.Note(EmvaDiagnostics.Ignored, string.Create(CultureInfo.InvariantCulture,
                    $"{bright.TopCodeFraction:P3} of the bright spatial set's pixel values ({bright.Set.Origin}) sit at the top code: it should be taken at about 50 % of saturation, and clipped pixels lower PRNU")));
            }
        }

        return notes.With<EmvaSpatialResult?>(new EmvaSpatialResult(
            dsnu?.Electrons, dsnu?.TotalAdu, prnu,
            bright is null ? null : EmvaSpatialSetUsed.Of(bright), b is null || darkMean is null ? null : (b.Mean - darkMean).Value,
            dark is null ? null : EmvaSpatialSetUsed.Of(dark), d?.Mean.Value,
            Wait(darkHorizontal), Wait(darkVertical), Wait(prnuHorizontal), Wait(prnuVertical),
            d is null ? null : Math.Sqrt(d.Temporal.Value), brightTemporal,
            Wait(dsnuHistogram), Wait(prnuHistogram)));
    }

    /// <summary>The one spatial set used: the first at <paramref name="exposure"/> when given, else the first; the others named in a note.</summary>
    private static Diagnosed<ReducedSpatial?> Pick(ReducedSpatial[] sets, double? exposure)
    {
        if (sets.Length == 0)
        {
            return new(null, []);
        }

        ReducedSpatial chosen = exposure is double t ? sets.FirstOrDefault(s => EmvaDarkMatch.SameExposure(s.Set.ExposureS, t)) ?? sets[0] : sets[0];
        return new(chosen, sets.Length < 2 ? [] :
            [EmvaDiagnostics.Note(EmvaDiagnostics.Ignored, $"{string.Join(", ", sets.Where(s => s != chosen).Select(s => s.Set.Origin))}: only one {(chosen.Set.IsBright ? "bright" : "dark")} spatial set is used ({chosen.Set.Origin})")]);
    }

    private static Task<T> Start<T>(Func<T> work) => Task.Run(work);

    /// <summary>The task's result, its exception as thrown (not wrapped in an AggregateException).</summary>
    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static double[] Subtract(double[] bright, double[]? dark, double darkMean)
    {
        var result = new double[bright.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = bright[i] - (dark is null ? darkMean : dark[i]);
        }

        return result;
    }
}
