using CamTest.IO;

namespace CamTest.Core.Diagnostics;

/// <summary>Diagnostics about the session as a whole: the camera description and the stacks against what the data show.</summary>
[DiagnosticCatalog]
public static class SessionDiagnostics
{
    public static readonly DiagnosticCode BitDepthRaised = new("camera.bit-depth-raised", DiagnosticSeverity.Warning,
        "the data hold codes above the stated ADC's top code; the bit depth was raised");

    /// <summary>Raised by the manifest check in CamTest.IO (which cannot see this catalog) under this id (<see cref="InputNoticeIds"/>).</summary>
    public static readonly DiagnosticCode UnknownSensor = new(InputNoticeIds.UnknownSensor, DiagnosticSeverity.Error,
        "camera.sensor names no sensor family CamTest knows (sCMOS, CMOS, CCD, EMCCD)");

    public static readonly DiagnosticCode IdenticalFrames = new("session.identical-frames", DiagnosticSeverity.Error,
        "the two frames of a pair are identical: the driver returned one buffer twice, and no temporal noise can be measured");

    public static readonly DiagnosticCode BlankFrame = new("session.blank-frame", DiagnosticSeverity.Error,
        "a frame holds one code in every pixel (all zero, or a blank buffer): nothing can be measured from it");

    public static readonly DiagnosticCode SameFile = new("session.same-file", DiagnosticSeverity.Error,
        "one file is named for two levels of the session");

    public static readonly DiagnosticCode ExposuresMerged = new("session.exposures-merged", DiagnosticSeverity.Info,
        "entries at the same exposure were merged into one level with more pairs");

    public static readonly DiagnosticCode ExposureMismatch = new("session.exposure-mismatch", DiagnosticSeverity.Warning,
        "the manifest's exposure contradicts the file's metadata; the manifest's was used");

    public static readonly DiagnosticCode TimingOnlyFromDarks = new("timing.only-dark-stacks", DiagnosticSeverity.Info,
        "only dark stacks carry timestamps: their frame interval is set by the exposure, not the camera's speed, so no frame rate is given");

    public static readonly DiagnosticCode LeftShifted = new("camera.left-shifted", DiagnosticSeverity.Warning,
        "every code is a multiple of a power of two: the ADC's codes are shifted left in wider words; figures are in native ADU");
}
