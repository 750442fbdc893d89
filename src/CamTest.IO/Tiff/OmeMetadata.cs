using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace CamTest.IO.Tiff;

/// <summary>
/// The OME-XML a single-file OME-TIFF keeps in its first ImageDescription: plane counts and per-plane exposure and
/// time (DeltaT). Multi-file datasets (BinaryOnly companions, TiffData pointing at other files) are refused clearly.
/// </summary>
/// <param name="SignificantBits">The Pixels element's SignificantBits (the camera's ADC depth when the writer knew it).</param>
internal sealed record OmeMetadata(IReadOnlyList<FrameMetadata> Frames, double? ExposureMs, int? SignificantBits, IReadOnlyDictionary<string, string> Properties)
{
    public static bool IsOme(string? description) =>
        description is not null && description.Contains("<OME", StringComparison.Ordinal) && description.Contains("http://www.openmicroscopy.org/Schemas/OME/", StringComparison.Ordinal);

    public static OmeMetadata Parse(TiffFile file, string xml, TiffPageLayout layout, int pages)
    {
        XElement root;
        try
        {
            root = XDocument.Parse(xml).Root!;
        }
        catch (XmlException ex)
        {
            throw new InvalidInputException(file.Path, $"the OME-XML in the first ImageDescription is malformed ({ex.Message})", ex);
        }

        XNamespace ns = root.Name.Namespace;
        if (root.Element(ns + "BinaryOnly") is not null)
        {
            throw file.Fail($"is a binary-only OME-TIFF whose metadata lives in the companion file {(string?)root.Element(ns + "BinaryOnly")!.Attribute("MetadataFile") ?? "(unnamed)"}; CamTest reads single-file OME-TIFF only — convert the dataset to one OME-TIFF");
        }

        XElement pixels = root.Element(ns + "Image")?.Element(ns + "Pixels")
            ?? throw file.Fail("the OME-XML has no Image/Pixels element (corrupt OME-TIFF)");
        // A TiffData UUID equal to the document's own UUID points into this file, whatever it has been renamed to.
        string fileName = Path.GetFileName(file.Path);
        string? ownUuid = (string?)root.Attribute("UUID");
        foreach (XElement uuid in pixels.Elements(ns + "TiffData").Elements(ns + "UUID"))
        {
            string? named = (string?)uuid.Attribute("FileName");
            bool thisFile = ownUuid is not null ? string.Equals(uuid.Value.Trim(), ownUuid, StringComparison.Ordinal) : named is null || string.Equals(named, fileName, StringComparison.Ordinal);
            if (!thisFile)
            {
                throw file.Fail($"is part of a multi-file OME-TIFF dataset (its planes refer to {named ?? uuid.Value.Trim()}); CamTest reads single-file OME-TIFF only — open each file as its own stack or merge them");
            }
        }

        int sizeX = Int(pixels, "SizeX"), sizeY = Int(pixels, "SizeY");
        int sizeZ = Math.Max(1, Int(pixels, "SizeZ")), sizeC = Math.Max(1, Int(pixels, "SizeC")), sizeT = Math.Max(1, Int(pixels, "SizeT"));
        if (sizeX != layout.Width || sizeY != layout.Height)
        {
            throw file.Fail($"the OME-XML describes {sizeX}x{sizeY} images but the TIFF pages are {layout.Width}x{layout.Height} (inconsistent OME-TIFF)");
        }

        var frames = new FrameMetadata[pages];
        Array.Fill(frames, FrameMetadata.Empty);
        string order = (string?)pixels.Attribute("DimensionOrder") ?? "XYZCT";
        foreach (XElement plane in pixels.Elements(ns + "Plane"))
        {
            int z = Int(plane, "TheZ"), c = Int(plane, "TheC"), t = Int(plane, "TheT");
            long ifd = PlaneIndex(order, z, c, t, sizeZ, sizeC, sizeT);
            if (ifd >= 0 && ifd < pages)
            {
                frames[ifd] = new FrameMetadata(
                    TimeUnit.ToMilliseconds((string?)plane.Attribute("ExposureTime"), (string?)plane.Attribute("ExposureTimeUnit")),
                    TimeUnit.ToMilliseconds((string?)plane.Attribute("DeltaT"), (string?)plane.Attribute("DeltaTUnit")),
                    null);
            }
        }

        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["OME.SizeZ"] = sizeZ.ToString(CultureInfo.InvariantCulture),
            ["OME.SizeC"] = sizeC.ToString(CultureInfo.InvariantCulture),
            ["OME.SizeT"] = sizeT.ToString(CultureInfo.InvariantCulture),
            ["OME.DimensionOrder"] = order,
        };
        if ((string?)pixels.Attribute("Type") is string type)
        {
            properties["OME.Type"] = type;
        }

        // When the image was acquired (xsd:dateTime), under the name FITS DATE-OBS also gets.
        if (((string?)root.Element(ns + "Image")?.Element(ns + "AcquisitionDate"))?.Trim() is { Length: > 0 } acquired)
        {
            properties["AcquisitionStart"] = acquired;
        }

        double?[] exposures = [.. frames.Select(f => f.ExposureMs).Distinct()];
        bool any = frames.Any(f => f != FrameMetadata.Empty);
        int bits = Int(pixels, "SignificantBits");
        return new OmeMetadata(any ? frames : [], exposures.Length == 1 ? exposures[0] : null, bits is >= 1 and <= 64 ? bits : null, properties);
    }

    private static long PlaneIndex(string order, int z, int c, int t, int sizeZ, int sizeC, int sizeT)
    {
        long index = 0;
        long scale = 1;
        foreach (char axis in order.Length == 5 ? order[2..] : "ZCT")
        {
            (int value, int size) = axis switch { 'Z' => (z, sizeZ), 'C' => (c, sizeC), _ => (t, sizeT) };
            index += value * scale;
            scale *= size;
        }

        return index;
    }

    private static int Int(XElement element, string name) =>
        int.TryParse((string?)element.Attribute(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : 0;
}
