using System.CommandLine;
using CamTest.Core.Calculators;

namespace CamTest.Cli.Commands;

/// <summary>The <c>--sensor sCMOS|CCD|EMCCD</c> option shared by calc readout and plan.</summary>
public static class SensorOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--sensor") { Description = "sensor type: sCMOS, CCD or EMCCD", DefaultValueFactory = _ => "sCMOS" };
        option.AcceptOnlyFromAmong("sCMOS", "CCD", "EMCCD", "scmos", "ccd", "emccd");
        return option;
    }

    public static SensorKind Parse(string? text) => text?.ToUpperInvariant() switch
    {
        "CCD" => SensorKind.Ccd,
        "EMCCD" => SensorKind.Emccd,
        _ => SensorKind.SCmos,
    };
}
