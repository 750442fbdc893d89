using CamTest.Core.Diagnostics;
using CamTest.IO.Emva;

namespace CamTest.Core.Emva;

/// <summary>
/// An EMVA 1288 descriptor file as a measurement: each <c>b</c>/<c>d</c> line's images are a temporal pair (two) or a
/// spatial set (more), each <c>i</c> line one image. The descriptor states no exposure unit; the emva1288 reference
/// package and reference set 001 use nanoseconds, the default here.
/// </summary>
public static class EmvaDescriptorInput
{
    public static EmvaInput From(EmvaDescriptor descriptor, double secondsPerExposureUnit = 1e-9, double? pixelSizeUm = null)
    {
        string name = Path.GetFileName(descriptor.Path);
        EmvaSet Set(EmvaImageSet s)
        {
            bool bright = s.Illumination == EmvaIllumination.Bright;
            EmvaSetKind kind = (bright, s.IsSpatialSet) switch
            {
                (true, false) => EmvaSetKind.BrightPairs,
                (true, true) => EmvaSetKind.BrightSpatial,
                (false, false) => EmvaSetKind.DarkPairs,
                _ => EmvaSetKind.DarkSpatial,
            };
            return new EmvaSet(kind, s.Exposure * secondsPerExposureUnit, s.PhotonsPerPixel, [.. s.ImagePaths.Select(p => new EmvaFrame(p, 0))], $"{name} line {s.LineNumber}");
        }

        EmvaSet[] sets = [.. descriptor.Bright.Concat(descriptor.Dark).OrderBy(s => s.LineNumber).Select(Set)];
        Diagnostic[] notes = [.. descriptor.Notices.Select(n => InputNotices.Lift(n, $"{name} {n.Message}") with { Section = "emva" })];
        return new EmvaInput(descriptor.Path, sets, descriptor.Bits, descriptor.Width, descriptor.Height, pixelSizeUm, notes);
    }
}
