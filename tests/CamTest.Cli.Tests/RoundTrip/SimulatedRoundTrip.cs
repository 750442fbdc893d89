using CamTest.Core.Results;
using CamTest.Core.Session;
using CamTest.IO.Session;
using CamTest.Simulation;
using CamTest.Simulation.Truth;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.RoundTrip;

/// <summary>A simulated session analysed end to end: the files on disk, read by the project's readers.</summary>
public sealed record SimulatedRoundTrip(SimulationTruth Truth, CameraResults Results)
{
    private static readonly Dictionary<(string, ulong), SimulatedRoundTrip> Cache = [];
    private static readonly Lock Gate = new();

    /// <summary>Simulates <paramref name="preset"/> with <paramref name="seed"/> and analyses it (once per test run).</summary>
    public static SimulatedRoundTrip Of(string preset, ulong seed)
    {
        lock (Gate)
        {
            if (!Cache.TryGetValue((preset, seed), out SimulatedRoundTrip? run))
            {
                string folder = TestPaths.NewTempFolder($"roundtrip-{preset}-{seed}");
                SimulatedSession session = SessionSimulator.Run(CameraPresets.Find(preset)!, new SimulationOptions { Seed = seed }, folder, preset);
                CameraResults results = SessionAnalysis.Run(SessionManifestFile.Load(session.SessionPath));
                run = Cache[(preset, seed)] = new SimulatedRoundTrip(session.Truth, results);
                Directory.Delete(folder, recursive: true);
            }

            return run;
        }
    }
}
