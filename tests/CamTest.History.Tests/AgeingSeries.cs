using System.Text.Json;
using CamTest.Core.Session;
using CamTest.IO.Session;
using CamTest.Reporting.Json;
using CamTest.Simulation;
using CamTest.TestSupport;

namespace CamTest.History.Tests;

/// <summary>
/// Twelve monthly sessions of one simulated EMCCD (64 x 64, few frames, so the twelve take seconds), analysed as
/// camtest analyze does: one series whose EM gain falls 3 % a month, one of the same camera kept stable. Made once
/// and shared by the SQLite and PostgreSQL variants of the trend tests.
/// </summary>
public sealed class AgeingSeries
{
    public const int Months = 12;

    public AgeingSeries()
    {
        Falling = Simulate(AgeingPresets.EmGainLoss, seed: 11);
        Stable = Simulate(AgeingPresets.Stable, seed: 12);
    }

    /// <summary>Month by month: results.json text and the true EM gain.</summary>
    public IReadOnlyList<Session> Falling { get; }

    public IReadOnlyList<Session> Stable { get; }

    public sealed record Session(int Month, string ResultsJson, double TrueEmGain, DateTimeOffset Acquired);

    private static List<Session> Simulate(string ageing, ulong seed)
    {
        string root = TestPaths.NewTempFolder($"ageing-{ageing}");
        var sessions = new List<Session>();
        for (int month = 0; month < Months; month++)
        {
            var options = new SimulationOptions
            {
                Seed = seed, RoiWidth = 64, RoiHeight = 64, BiasFrames = 20, Month = month, Ageing = AgeingPresets.Find(ageing),
            };
            SimulatedSession s = SessionSimulator.Run(CameraPresets.Emccd512, options, Path.Combine(root, $"month{month:00}"), "emccd-512");
            string json = ResultsJson.Serialize(SessionAnalysis.Run(SessionManifestFile.Load(s.SessionPath)));
            sessions.Add(new Session(month, json, s.Truth.EmGain!["factor"].Value, options.Acquired!.Value));
        }

        Directory.Delete(root, recursive: true);
        return sessions;
    }

    /// <summary>The measured EM gain and its standard error of a session.</summary>
    public static (double Value, double StdErr) EmGain(Session s)
    {
        using JsonDocument d = JsonDocument.Parse(s.ResultsJson);
        JsonElement f = d.RootElement.GetProperty("emGain").GetProperty("factor");
        return (f.GetProperty("value").GetDouble(), f.GetProperty("stderr").GetDouble());
    }
}
