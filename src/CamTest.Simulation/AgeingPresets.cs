namespace CamTest.Simulation;

/// <summary>Named ageing models for <c>camtest simulate --month N --ageing NAME</c>; a JSON file may give any other.</summary>
public static class AgeingPresets
{
    /// <summary>Nothing changes: a stable camera.</summary>
    public const string Stable = "stable";

    /// <summary>An EMCCD whose multiplication register wears: 3 % of its EM gain lost a month.</summary>
    public const string EmGainLoss = "em-gain-loss";

    /// <summary>Cosmic-ray damage: 0.02 % of the pixels turning hot a month.</summary>
    public const string HotPixels = "hot-pixels";

    /// <summary>Ageing cooling: the dark current up 5 % a month.</summary>
    public const string DarkRise = "dark-rise";

    /// <summary>All of it at once, with a bias creeping up 0.5 ADU a month.</summary>
    public const string Worn = "worn";

    public static IReadOnlyDictionary<string, AgeingModel> All { get; } = new Dictionary<string, AgeingModel>(StringComparer.OrdinalIgnoreCase)
    {
        [Stable] = AgeingModel.None,
        [EmGainLoss] = new() { EmGainLossPerMonth = 0.03 },
        [HotPixels] = new() { HotPixelFractionPerMonth = 0.0002 },
        [DarkRise] = new() { DarkCurrentRisePerMonth = 0.05 },
        [Worn] = new() { EmGainLossPerMonth = 0.03, HotPixelFractionPerMonth = 0.0002, DarkCurrentRisePerMonth = 0.05, BiasShiftAduPerMonth = 0.5 },
    };

    public static AgeingModel? Find(string name) => All.TryGetValue(name, out AgeingModel? model) ? model : null;
}
