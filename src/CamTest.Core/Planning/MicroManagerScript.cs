using System.Globalization;
using System.Text;

namespace CamTest.Core.Planning;

/// <summary>
/// A Micro-Manager 2 Beanshell script (Tools > Script Panel) that acquires a plan's stacks with its exposures and
/// frame counts, asks the user to put the lens cap on or take it off whenever that changes, saves each stack as a
/// multipage OME-TIFF in its own folder, and writes session.json naming the files Micro-Manager actually wrote.
/// Every stack is taken as one sequence acquisition (not a loop of snaps), so frames come at the camera's own pace
/// and their timestamps are the camera's; every text written into session.json is JSON-escaped.
/// </summary>
public static class MicroManagerScript
{
    public const string FileName = "acquire_camtest.bsh";

    public static string Render(AcquisitionPlan plan, PlannedCamera camera)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        var steps = new StringBuilder();
        foreach (AcquisitionStep s in plan.Steps)
        {
            steps.Append(c, $"  {{\"{s.Stack}\", \"{SectionKey(s.Section)}\", \"{s.ExposureMs:0.###}\", \"{s.Frames}\", ")
                 .Append(c, $"\"{(s.LensCapOn ? 1 : 0)}\", \"{s.EmGain ?? -1:0.###}\", \"{Escape(s.LightTarget)}\"}},\n");
        }

        return Template
            .Replace("@SENSOR@", plan.SensorName, StringComparison.Ordinal)
            .Replace("@CAMERA@", Escape(camera.Name), StringComparison.Ordinal)
            .Replace("@PIXEL@", camera.PixelSizeUm.ToString("0.###", c), StringComparison.Ordinal)
            .Replace("@STEPS@", steps.ToString().TrimEnd('\n', ','), StringComparison.Ordinal);
    }

    /// <summary>The session.json key of a section; EM gain steps say which half of "emGain" they fill.</summary>
    public static string SectionKey(SessionSection section) => section switch
    {
        SessionSection.Bias => "bias",
        SessionSection.Flats => "flats",
        SessionSection.Darks => "darks",
        SessionSection.HotPixels => "hotPixels",
        SessionSection.EmGainReference => "emGain.reference",
        SessionSection.EmGainAmplifiedBias => "emGain.amplified.bias",
        _ => "emGain.amplified",
    };

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private const string Template = """
        // CamTest acquisition for Micro-Manager 2.x: open in Tools > Script Panel and Run.
        // Written by `camtest plan --sensor @SENSOR@`. It takes the protocol's stacks below, saves each as a
        // multipage OME-TIFF in its own folder under ROOT, and writes ROOT/session.json naming the files it wrote.
        // Then run:  camtest analyze ROOT/session.json --out ROOT/results
        import org.micromanager.data.Coordinates;
        import org.micromanager.data.Datastore;
        import javax.swing.JOptionPane;
        import java.io.File;
        import java.io.FileWriter;

        // ---- change these ----
        String ROOT = "C:/camtest/session";        // a new, empty folder for this session
        String CAMERA_NAME = "@CAMERA@";           // model and serial number, as on the Certificate of Performance
        double PIXEL_SIZE_UM = @PIXEL@;            // the sensor's pixel size (not the pixel size at the sample)
        String EM_GAIN_PROPERTY = "MultiplierGain"; // EMCCD only: the camera's EM gain property (see Device Property Browser)
        // ----------------------

        // stack, session.json section, exposure ms (0 = shortest), frames, lens cap on (1) or light (0), EM gain (-1 = leave), light target
        String[][] STEPS = {
        @STEPS@
        };

        String[][] written = new String[STEPS.length][];
        double[] exposures = new double[STEPS.length];
        String camera = mmc.getCameraDevice();

        void ask(String message) {
            int answer = JOptionPane.showConfirmDialog(null, message, "CamTest", JOptionPane.OK_CANCEL_OPTION);
            if (answer != JOptionPane.OK_OPTION) {
                throw new RuntimeException("CamTest acquisition cancelled");
            }
        }

        String[] acquire(int k) {
            String name = STEPS[k][0];
            int frames = Integer.parseInt(STEPS[k][3]);
            double emGain = Double.parseDouble(STEPS[k][5]);
            if (emGain >= 0) {
                mmc.setProperty(camera, EM_GAIN_PROPERTY, String.valueOf((int) emGain));
            }
            mmc.setExposure(Double.parseDouble(STEPS[k][2]));
            exposures[k] = mmc.getExposure(); // what the camera actually set
            File dir = new File(ROOT, name);
            Datastore store = mm.data().createMultipageTIFFDatastore(dir.getPath(), false, false);
            // One sequence acquisition: the camera runs at its own pace and stamps every frame itself (a loop of
            // snaps would add the computer's delays between frames and lose the hardware timestamps).
            mmc.startSequenceAcquisition(frames, 0, true);
            int got = 0;
            while (got < frames) {
                if (mmc.getRemainingImageCount() > 0) {
                    store.putImage(mm.data().convertTaggedImage(mmc.popNextTaggedImage(), Coordinates.builder().time(got).build(), null));
                    got++;
                    if (got % 10 == 0 || got == frames) mm.scripter().message(name + ": frame " + got + " of " + frames);
                } else if (!mmc.isSequenceRunning()) {
                    throw new RuntimeException(name + ": the camera stopped after " + got + " of " + frames + " frames");
                } else {
                    Thread.sleep(2);
                }
            }
            mmc.stopSequenceAcquisition();
            store.freeze();
            store.close();
            File[] files = dir.listFiles();
            java.util.Arrays.sort(files);
            String list = "";
            for (int i = 0; i < files.length; i++) {
                if (files[i].getName().endsWith(".tif")) {
                    list += (list.length() > 0 ? "\n" : "") + name + "/" + files[i].getName();
                }
            }
            return list.split("\n");
        }

        // A JSON string literal: quotes, backslashes and control characters escaped, so any camera name or path is valid JSON.
        String json(String text) {
            StringBuilder b = new StringBuilder("\"");
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '"' || ch == '\\') b.append('\\').append(ch);
                else if (ch < 0x20) b.append(String.format("\\u%04x", new Object[] { Integer.valueOf((int) ch) }));
                else b.append(ch);
            }
            return b.append('"').toString();
        }

        String files(int k) {
            String s = "[";
            for (int j = 0; j < written[k].length; j++) {
                s += (j > 0 ? ", " : "") + json(written[k][j]);
            }
            return s + "]";
        }

        String entry(int k, boolean withEmGain, String biasFiles) {
            String s = "{\"exposureMs\": " + exposures[k];
            if (withEmGain) {
                s += ", \"emGain\": " + Math.max(1, Double.parseDouble(STEPS[k][5]));
            }
            if (biasFiles != null) {
                s += ", \"bias\": {\"files\": " + biasFiles + "}";
            }
            return s + ", \"files\": " + files(k) + "}";
        }

        String sessionJson() {
            String flats = "", darks = "", bias = null, hot = null, reference = null, amplified = null;
            String biasFiles = null, amplifiedBiasFiles = null;
            for (int k = 0; k < STEPS.length; k++) {
                if (STEPS[k][1].equals("bias")) biasFiles = files(k);
                else if (STEPS[k][1].equals("emGain.amplified.bias")) amplifiedBiasFiles = files(k);
            }
            for (int k = 0; k < STEPS.length; k++) {
                String section = STEPS[k][1];
                if (section.equals("bias")) bias = "{\"files\": " + biasFiles + "}";
                else if (section.equals("flats")) flats += (flats.length() > 0 ? ",\n    " : "") + entry(k, false, null);
                else if (section.equals("darks")) darks += (darks.length() > 0 ? ",\n    " : "") + entry(k, false, null);
                else if (section.equals("hotPixels")) hot = entry(k, false, null);
                // A bias per EM gain set point: the reference (1x) is measured from the 1x bias, the amplified stack from its own.
                else if (section.equals("emGain.reference")) reference = entry(k, true, biasFiles);
                else if (section.equals("emGain.amplified")) amplified = entry(k, true, amplifiedBiasFiles);
            }
            String s = "{\n  \"camera\": {\"name\": " + json(CAMERA_NAME) + ", \"sensor\": \"@SENSOR@\", \"bitDepth\": "
                + mmc.getImageBitDepth() + ", \"pixelSizeUm\": " + PIXEL_SIZE_UM + "},\n";
            s += "  \"bias\": " + bias + ",\n";
            s += "  \"flats\": [\n    " + flats + "\n  ],\n";
            s += "  \"darks\": [\n    " + darks + "\n  ],\n";
            s += "  \"hotPixels\": " + hot;
            if (reference != null && amplified != null) {
                s += ",\n  \"emGain\": {\"reference\": " + reference + ",\n             \"amplified\": " + amplified + "}";
            }
            return s + "\n}\n";
        }

        File root = new File(ROOT);
        if (new File(root, "session.json").exists()) {
            throw new RuntimeException(ROOT + " already holds a session.json: choose a new folder");
        }
        root.mkdirs();
        int capOn = -1;
        for (int k = 0; k < STEPS.length; k++) {
            int wanted = Integer.parseInt(STEPS[k][4]);
            if (wanted != capOn) {
                ask(wanted == 1
                    ? "Put the lens cap on (close the shutter, room lights off), then press OK.\nNext: " + STEPS[k][0]
                    : "Take the lens cap off and set the light: " + STEPS[k][6] + "\nNext: " + STEPS[k][0]);
                capOn = wanted;
            }
            written[k] = acquire(k);
        }
        FileWriter out = new FileWriter(new File(root, "session.json"));
        out.write(sessionJson());
        out.close();
        mm.scripter().message("CamTest: wrote " + ROOT + "/session.json");
        """;
}
