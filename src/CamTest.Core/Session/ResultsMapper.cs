using CamTest.Core.Diagnostics;
using CamTest.Core.Fitting;
using CamTest.Core.Results;
using CamTest.Core.Statistics;

namespace CamTest.Core.Session;

/// <summary>
/// The one place where what the analysis found becomes results.json's records. The results model references nothing in
/// Analysis (<c>ResultsModelIsALeafTests</c>) and nothing outside this class builds one of its records
/// (<c>OnlyTheMapperBuildsResultsTests</c>).
/// <para>
/// The rule, section by section: each analysis returns its own result in its own terms (figures in ADU with the gain
/// beside them, a <see cref="LineFit"/>, a <see cref="Histogram"/>, an enum, values at full precision); the mapper
/// applies the contract: figures in electrons, the units of a line's parameters and of a histogram's bins, flat rows with
/// value and standard error side by side (the rows keep their figures as <see cref="Quantity"/>; their converters write
/// them flat), the contract's strings and rounding. Every declared figure goes through its declaration
/// (<see cref="FigureDeclaration.Express"/>: <c>GainFigures.SystemGain.Express(q)</c>), so it is written in the unit the
/// declaration states, converted when the analysis measured it in another of the same kind, and a unit of another kind
/// throws rather than reaching results.json; lines and histograms take their units from their declarations.
/// </para>
/// <para>
/// One class split into one file per section (ResultsMapper.Bias.cs, .Gain.cs, .Dark.cs, .EmGain.cs, .Timing.cs,
/// .Run.cs, .Diagnostics.cs, .Emva.cs) rather than one class per section: a newcomer looking for how "gain" is written
/// opens ResultsMapper.Gain.cs, and there is still one mapper to find and one name the guard test allows. This file is
/// the entry for a session and holds what the sections share.
/// </para>
/// <para>
/// Not yet here: eight parts of the EMVA section (fit ranges, pattern splits, spectrograms, histograms, spatial set
/// details, what was not measured) are still built by the EMVA analysis, which measures them in that form; the guard
/// test names them, so the list can only shrink.
/// </para>
/// </summary>
public static partial class ResultsMapper
{
    /// <summary>results.json for one session: every section the findings allow, the stated values beside the measured
    /// ones, and the diagnostics as lines.</summary>
    public static CameraResults Session(SessionFindings f)
    {
        var results = new CameraResults
        {
            Camera = Camera(f.Manifest.Camera, f.BitDepth, f.LeftShift),
            Run = Run(f.Manifest, f.Opened, f.BitDepth, f.Analysed),
            Bias = f.Bias is null ? null : Bias(f.Bias, f.BiasStability, f.BiasPattern),
            ReadNoise = f.ReadNoise is null ? null : ReadNoise(f.ReadNoise, f.Gain?.Ptc?.SystemGain),
            Gain = f.Gain is { Ptc: not null } gain ? Gain(gain) : null,
            DarkCurrent = f.DarkCurrent is null ? null : DarkCurrent(f.DarkCurrent),
            HotPixels = f.HotPixels is null ? null : HotPixels(f.HotPixels, f.Opened.HotPixels!.ExposureMs!.Value),
            Saturation = f.Saturation is null ? null : Saturation(f.Saturation),
            FixedPattern = FixedPattern(f.FixedPattern, f.Prnu),
            EmGain = f.EmGain is null ? null : EmGain(f.EmGain),
            Timing = f.Timing is null ? null : Timing(f.Timing),
        };
        results = results with { StatedVsMeasured = StatedVsMeasured(results, f.Manifest.Camera?.Stated, f.Opened) };
        DiagnosticReport report = DiagnosticReport.Of(f.Diagnostics);
        return results with { Diagnostics = report.Diagnostics, Warnings = report.Warnings };
    }

    /// <summary>A fitted line (whose numbers carry no unit) with its parameters in their declared units (an unknown
    /// error stays unknown).</summary>
    public static FittedLineSection Line(LineFit fit, FigureDeclaration intercept, FigureDeclaration slope) =>
        new(fit.InterceptIn(intercept.Unit), fit.SlopeIn(slope.Unit));

    /// <summary>A histogram's bins, its values in the unit <paramref name="counts"/> declares; null for none.</summary>
    public static HistogramSection? Histogram(Histogram? histogram, FigureDeclaration counts) =>
        histogram is null ? null : new HistogramSection(histogram.Lower, histogram.BinWidth, histogram.Counts.ToArray(), counts.Unit);

}
