using CamTest.Core.Results;

namespace CamTest.Core.Calculators;

/// <summary>
/// The protocol's speed arithmetic: readout time = 1 / frame rate; time per pixel = 1 / readout rate; and what a
/// region of interest and binning do. A CCD/EMCCD sends every (binned) pixel through one amplifier, so the frame
/// time is pixels read / rate and falls with ROI area and with binning squared. An sCMOS reads rows in parallel,
/// so the frame time falls with the ROI's rows only, and binning (done after conversion) does not speed it.
/// Frame-transfer, vertical-shift and exposure overheads are left out: these are lower bounds on frame time.
/// </summary>
public static class ReadoutTiming
{
    public static CalculatorResult Compute(ReadoutRequest request)
    {
        if (request.FramesPerSecond is null && request.ReadoutRateMHz is null)
        {
            throw new CalculatorInputException("give a frame rate (--fps) or a pixel readout rate (--readout-rate-mhz)");
        }

        if (request.FramesPerSecond is double fps) { CalculatorGuard.Positive(fps, "frame rate"); }
        if (request.ReadoutRateMHz is double mhz) { CalculatorGuard.Positive(mhz, "readout rate"); }
        CalculatorGuard.AtLeast(request.Binning, 1, "binning");
        foreach ((int? v, string name) in new[] { (request.Width, "width"), (request.Height, "height"), (request.RoiWidth, "ROI width"), (request.RoiHeight, "ROI height") })
        {
            if (v is int size) { CalculatorGuard.Positive(size, name); }
        }

        int? width = request.Width;
        int? height = request.Height;
        int? roiW = request.RoiWidth ?? width;
        int? roiH = request.RoiHeight ?? height;
        if ((width is not null && roiW > width) || (height is not null && roiH > height))
        {
            throw new CalculatorInputException("the ROI cannot be larger than the sensor");
        }

        var derived = new List<DerivedQuantity>();
        var notes = new List<string>();
        double? pixelTimeUs = request.ReadoutRateMHz is double rate ? 1 / rate : null;
        if (pixelTimeUs is double pt)
        {
            derived.Add(DerivedQuantity.Exact("timePerPixel", pt * 1000, Unit.Nanosecond));
        }

        bool ccd = request.Sensor != SensorKind.SCmos;
        double? fullMs = request.FramesPerSecond is double f ? 1000 / f : null;
        double? frameMs = fullMs;
        string formula = "readout time = 1 / frame rate";
        bool roiOrBinning = request.RoiWidth is not null || request.RoiHeight is not null || request.Binning > 1;
        if (ccd && roiW is int w && roiH is int h && (pixelTimeUs is not null || (fullMs is not null && width is not null && height is not null)))
        {
            long pixelsRead = (long)Math.Ceiling((double)w / request.Binning) * (long)Math.Ceiling((double)h / request.Binning);
            derived.Add(DerivedQuantity.Exact("pixelsRead", pixelsRead, CalculatorUnits.Pixels));
            if (pixelTimeUs is double perPixel)
            {
                frameMs = pixelsRead * perPixel / 1000;
                formula = "readout time = (ROI pixels / binning^2) / readout rate";
            }
            else
            {
                // Without the amplifier's rate, the full frame's time scales by the share of pixels read.
                frameMs = fullMs!.Value * pixelsRead / ((double)width!.Value * height!.Value);
                formula = "readout time = (1 / full-frame rate) x (ROI pixels / binning^2) / sensor pixels";
            }

            notes.Add("CCD/EMCCD: one amplifier reads every pixel, so ROI area and binning^2 both cut the frame time");
        }
        else if (ccd && roiOrBinning)
        {
            // An ROI or binning the arithmetic cannot use would leave the frame time unchanged and look like an answer.
            throw new CalculatorInputException("CCD/EMCCD: an ROI or binning changes the frame time through the pixels read; give --readout-rate-mhz with the ROI (or sensor) size, or --fps with the sensor's --width and --height");
        }
        else if (!ccd && request.RoiHeight is not null && (fullMs is null || height is null))
        {
            throw new CalculatorInputException("sCMOS: --roi-height shortens readout in proportion to the sensor's rows; give --fps and the sensor's --height with it");
        }
        else if (!ccd && fullMs is double full && height is int fullH && roiH is int rows)
        {
            frameMs = full * rows / fullH;
            formula = "readout time = (1 / full-frame rate) x ROI rows / sensor rows";
            notes.Add("sCMOS: rows are read in parallel, so only the ROI's height shortens readout");
        }

        if (!ccd && request.RoiWidth is not null)
        {
            notes.Add("sCMOS: the ROI width does not change the readout time (the columns of a row are read in parallel)");
        }

        if (!ccd && request.Binning > 1)
        {
            notes.Add("sCMOS binning adds pixels after conversion: it raises signal per pixel and shrinks files but does not speed readout");
        }

        if (frameMs is not double valueMs)
        {
            return new CalculatorResult
            {
                Name = "readout", Quantity = Quantity.Exact(pixelTimeUs!.Value * 1000, Unit.Nanosecond), Formula = "time per pixel = 1 / readout rate",
                Inputs = Inputs(request), Derived = derived,
                Notes = [.. notes, "for a frame time give the sensor or ROI size (--width, --height) with a CCD/EMCCD"],
            };
        }

        derived.Add(DerivedQuantity.Exact("frameRate", 1000 / valueMs, CalculatorUnits.FramesPerSecond));
        if (fullMs is double fm && frameMs != fullMs)
        {
            derived.Add(DerivedQuantity.Exact("speedup", fm / valueMs, Unit.Times));
        }

        notes.Add("a lower bound: exposure, frame transfer and shift overheads are not included");
        return new CalculatorResult
        {
            Name = "readout", Quantity = Quantity.Exact(valueMs, Unit.Millisecond), Formula = formula, Inputs = Inputs(request), Derived = derived, Notes = notes,
        };
    }

    private static Dictionary<string, double> Inputs(ReadoutRequest r)
    {
        var inputs = new Dictionary<string, double> { ["binning"] = r.Binning };
        if (r.FramesPerSecond is double fps) { inputs["fps"] = fps; }
        if (r.ReadoutRateMHz is double mhz) { inputs["readoutRateMHz"] = mhz; }
        if (r.Width is int w) { inputs["width"] = w; }
        if (r.Height is int h) { inputs["height"] = h; }
        if (r.RoiWidth is int rw) { inputs["roiWidth"] = rw; }
        if (r.RoiHeight is int rh) { inputs["roiHeight"] = rh; }
        return inputs;
    }
}
