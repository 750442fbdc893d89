using System.Globalization;
using System.Text;
using CamTest.IO;
using CamTest.IO.Writers;

namespace CamTest.Simulation.Emva;

/// <summary>
/// Writes an EMVA 1288 measurement of a simulated camera: every image a one-frame TIFF, and the descriptor
/// (EMVA1288_Data.txt: exposures in ns, photons per pixel during the exposure, the truth the analysis must find)
/// listing bright and dark pairs and the spatial sets. The light is given as photons per pixel before the quantum
/// efficiency, so the true QE and K (1 / the camera's e-/ADU) are what EMVA 1288 should measure.
/// </summary>
public static class EmvaSimulator
{
    public const string DescriptorName = "EMVA1288_Data.txt";

    public static EmvaSimulatedMeasurement Run(CameraModel camera, SimulationOptions options, EmvaSimulationOptions emva, string folder)
    {
        if (SessionSimulator.Problem(options, camera) is string problem)
        {
            throw new InvalidInputException(folder, problem);
        }

        Directory.CreateDirectory(folder);
        if (File.Exists(Path.Combine(folder, DescriptorName)))
        {
            throw new InvalidInputException(folder, $"already holds {DescriptorName}; simulate into an empty folder");
        }

        SensorState sensor = SensorState.Create(camera, options);
        var simulator = new FrameSimulator(sensor);
        // Photons per pixel that fill the sensor to saturation (full well or ADC, whichever first).
        double saturationPhotons = SessionPlanner.SaturationElectrons(sensor) / camera.QuantumEfficiency;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Simulated {camera.Name} (seed {options.Seed}), {emva.Sweep} sweep, written by CamTest\n");
        text.Append(CultureInfo.InvariantCulture, $"v 4.0\nn {camera.BitDepth} {sensor.Width} {sensor.Height}\n");
        ushort[] frame = new ushort[sensor.Width * sensor.Height];
        void Set(string line, string name, int frames, double exposureMs, double photons)
        {
            text.Append(line).Append('\n');
            double flux = exposureMs > 0 ? photons / (exposureMs / 1000) : 0;
            var plan = new StackPlan(StackRole.Flat, name, frames, exposureMs, flux, 1);
            for (int k = 0; k < frames; k++)
            {
                string file = $"{name}_{k:000}.tif";
                simulator.Simulate(plan, k, frame);
                Write(Path.Combine(folder, file), sensor, exposureMs, frame);
                text.Append("i ").Append(file).Append('\n');
            }
        }

        for (int i = 1; i <= emva.Points; i++)
        {
            double fraction = emva.TopFraction * i / emva.Points;
            double exposureMs = emva.Sweep == EmvaSweep.Exposure ? emva.ExposureMs * fraction : emva.ExposureMs;
            double photons = saturationPhotons * fraction;
            string ns = Nanoseconds(exposureMs);
            for (int repeat = 0; repeat < emva.PairsPerPoint; repeat++)
            {
                Set(string.Create(CultureInfo.InvariantCulture, $"b {ns} {photons:R}"), repeat == 0 ? $"b_{i:000}" : $"b_{i:000}_r{repeat}", 2, exposureMs, photons);
            }

            if (emva.Sweep == EmvaSweep.Exposure || i == 1)
            {
                Set($"d {ns}", $"d_{i:000}", 2, exposureMs, 0);
            }
        }

        if (emva.SpatialFrames > 2)
        {
            double exposureMs = emva.Sweep == EmvaSweep.Exposure ? emva.ExposureMs / 2 : emva.ExposureMs;
            string ns = Nanoseconds(exposureMs);
            Set(string.Create(CultureInfo.InvariantCulture, $"b {ns} {saturationPhotons / 2:R}"), "b_spatial", emva.SpatialFrames, exposureMs, saturationPhotons / 2);
            Set($"d {ns}", "d_spatial", emva.SpatialFrames, exposureMs, 0);
        }

        string descriptor = Path.Combine(folder, DescriptorName);
        File.WriteAllText(descriptor, text.ToString());
        return new EmvaSimulatedMeasurement(descriptor, 1 / camera.GainEPerAdu, camera.QuantumEfficiency, saturationPhotons);
    }

    private static string Nanoseconds(double exposureMs) => Math.Round(exposureMs * 1e6).ToString("0", CultureInfo.InvariantCulture);

    private static void Write(string path, SensorState sensor, double exposureMs, ushort[] frame)
    {
        var series = new OmeTiffSeries
        {
            Width = sensor.Width, Height = sensor.Height, Planes = [new OmeTiffPlane(exposureMs, 0)], BitDepth = sensor.Camera.BitDepth,
            ImageName = Path.GetFileNameWithoutExtension(path), CameraName = $"CamTest-{sensor.Camera.Name}",
        };
        using OmeTiffWriter writer = OmeTiffWriter.Create(path, series);
        writer.WriteFrame(frame);
        writer.Complete();
    }
}
