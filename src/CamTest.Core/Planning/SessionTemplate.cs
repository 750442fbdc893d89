using System.Text.Json;
using System.Text.Json.Nodes;

namespace CamTest.Core.Planning;

/// <summary>
/// A session.json (GUIDE section 2) that names every stack of a plan: what <c>camtest analyze</c> reads once the
/// stacks are saved under those names beside it.
/// </summary>
public static class SessionTemplate
{
    public static JsonObject Create(AcquisitionPlan plan, PlannedCamera camera)
    {
        var session = new JsonObject
        {
            ["camera"] = new JsonObject
            {
                ["name"] = camera.Name, ["sensor"] = plan.SensorName, ["bitDepth"] = camera.BitDepth, ["pixelSizeUm"] = camera.PixelSizeUm,
            },
        };
        IEnumerable<AcquisitionStep> Of(SessionSection section) => plan.Steps.Where(s => s.Section == section);

        AcquisitionStep? bias = Of(SessionSection.Bias).FirstOrDefault();
        if (bias is not null)
        {
            session["bias"] = new JsonObject { ["files"] = Files(bias) };
        }

        session["flats"] = new JsonArray([.. Of(SessionSection.Flats).Select(Timed)]);
        session["darks"] = new JsonArray([.. Of(SessionSection.Darks).Select(Timed)]);
        if (Of(SessionSection.HotPixels).FirstOrDefault() is { } hot)
        {
            session["hotPixels"] = Timed(hot);
        }

        if (Of(SessionSection.EmGainReference).FirstOrDefault() is { } reference
            && Of(SessionSection.EmGainAmplified).FirstOrDefault() is { } amplified)
        {
            // A bias per EM gain set point: the reference (1x) shares the main bias, taken at 1x; the amplified stack has its own.
            JsonObject referenceEntry = WithEmGain(reference), amplifiedEntry = WithEmGain(amplified);
            if (bias is not null)
            {
                referenceEntry["bias"] = new JsonObject { ["files"] = Files(bias) };
            }

            if (Of(SessionSection.EmGainAmplifiedBias).FirstOrDefault() is { } amplifiedBias)
            {
                amplifiedEntry["bias"] = new JsonObject { ["files"] = Files(amplifiedBias) };
            }

            session["emGain"] = new JsonObject { ["reference"] = referenceEntry, ["amplified"] = amplifiedEntry };
        }

        return session;
    }

    public static string ToJson(AcquisitionPlan plan, PlannedCamera camera) =>
        Create(plan, camera).ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static JsonObject Timed(AcquisitionStep step) => new() { ["exposureMs"] = step.ExposureMs, ["files"] = Files(step) };

    private static JsonObject WithEmGain(AcquisitionStep step) =>
        new() { ["exposureMs"] = step.ExposureMs, ["emGain"] = step.EmGain ?? 1, ["files"] = Files(step) };

    private static JsonArray Files(AcquisitionStep step) => new(JsonValue.Create(step.FileName));
}
