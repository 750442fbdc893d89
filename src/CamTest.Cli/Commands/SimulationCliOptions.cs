using System.CommandLine;
using CamTest.Simulation;

namespace CamTest.Cli.Commands;

/// <summary>The size, binning, seed and frame-count options shared by <c>simulate</c> and <c>demo</c>.</summary>
public sealed class SimulationCliOptions
{
    private readonly Option<ulong> _seed = new("--seed") { DefaultValueFactory = _ => 1, Description = "random seed; the same seed writes the same bytes" };
    private readonly Option<int?> _width = new("--width") { Description = "region of interest width in sensor pixels (default 256, or the sensor width if smaller)" };
    private readonly Option<int?> _height = new("--height") { Description = "region of interest height in sensor pixels (default 256)" };
    private readonly Option<int> _binning = new("--binning") { DefaultValueFactory = _ => 1, Description = "binning factor (1, 2, 4 ...)" };
    private readonly Option<int> _biasFrames = new("--bias-frames") { DefaultValueFactory = _ => 100, Description = "frames in the bias stack (e.g. 10000 for offset maps)" };
    private readonly Option<int> _flatFrames = new("--flat-frames") { DefaultValueFactory = _ => 2, Description = "frames per flat level" };
    private readonly Option<int> _darkFrames = new("--dark-frames") { DefaultValueFactory = _ => 2, Description = "frames per dark exposure" };
    private readonly Option<int> _longDarkFrames = new("--long-dark-frames") { DefaultValueFactory = _ => 10, Description = "frames in the long dark (hot pixel) stack" };

    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { _seed, _width, _height, _binning, _biasFrames, _flatFrames, _darkFrames, _longDarkFrames })
        {
            command.Options.Add(option);
        }
    }

    public Values Read(ParseResult parse) => new(
        parse.GetValue(_seed), parse.GetValue(_width), parse.GetValue(_height), parse.GetValue(_binning),
        parse.GetValue(_biasFrames), parse.GetValue(_flatFrames), parse.GetValue(_darkFrames), parse.GetValue(_longDarkFrames));

    /// <summary>The parsed values, checked and turned into <see cref="SimulationOptions"/> for one camera.</summary>
    public sealed record Values(ulong Seed, int? Width, int? Height, int Binning, int BiasFrames, int FlatFrames, int DarkFrames, int LongDarkFrames)
    {
        public SimulationOptions ToOptions(CameraModel camera, int? month = null, AgeingModel? ageing = null)
        {
            var options = new SimulationOptions
            {
                Month = month, Ageing = ageing,
                Seed = Seed, RoiWidth = Width ?? Math.Min(256, camera.SensorWidth), RoiHeight = Height ?? Math.Min(256, camera.SensorHeight),
                Binning = Binning, BiasFrames = BiasFrames, FlatFrames = FlatFrames, DarkFrames = DarkFrames, LongDarkFrames = LongDarkFrames,
            };

            // The simulator's own rules, checked here so a bad option is a usage error before any file is touched.
            return SessionSimulator.Problem(options, camera) is string problem ? throw new UsageException(problem) : options;
        }
    }
}
