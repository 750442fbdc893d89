namespace CamTest.Core.Emva;

/// <summary>
/// One image set of an EMVA 1288 measurement: a descriptor's <c>b</c> or <c>d</c> line with its images, or a session
/// entry. Temporal sets are read as consecutive pairs (frames 0 and 1, 2 and 3, ...); spatial sets are averaged.
/// </summary>
/// <param name="ExposureS">Exposure time, seconds.</param>
/// <param name="PhotonsPerPixel">Mean photons reaching one pixel during the exposure (bright sets), or null when not stated.</param>
/// <param name="Origin">Where the set was declared, for messages ("EMVA1288_Data.txt line 12", "flats[3]").</param>
public sealed record EmvaSet(EmvaSetKind Kind, double ExposureS, double? PhotonsPerPixel, IReadOnlyList<EmvaFrame> Frames, string Origin)
{
    public bool IsBright => Kind is EmvaSetKind.BrightPairs or EmvaSetKind.BrightSpatial;

    public bool IsSpatial => Kind is EmvaSetKind.BrightSpatial or EmvaSetKind.DarkSpatial;
}
