using System.Globalization;
using System.Security;
using System.Text;

namespace CamTest.IO.Writers;

/// <summary>
/// The OME-XML (schema 2016-06) of a single-channel time series: Pixels DimensionOrder XYZCT, SizeT = frames, one
/// TiffData covering the file's IFDs in order, and one Plane per frame with DeltaT and ExposureTime in ms.
/// </summary>
public static class OmeXml
{
    public static string Build(OmeTiffSeries stack)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        var xml = new StringBuilder(256 + (stack.FrameCount * 110));
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<OME xmlns=\"http://www.openmicroscopy.org/Schemas/OME/2016-06\" ")
            .Append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
            .Append("xsi:schemaLocation=\"http://www.openmicroscopy.org/Schemas/OME/2016-06 http://www.openmicroscopy.org/Schemas/OME/2016-06/ome.xsd\" ")
            .Append("Creator=\"CamTest\">");
        xml.Append(c, $"<Image ID=\"Image:0\" Name=\"{SecurityElement.Escape(stack.ImageName)}\">");
        if (stack.AcquisitionDate is DateTimeOffset acquired)
        {
            // xsd:dateTime, first child of Image by the schema's order (before Description).
            xml.Append(c, $"<AcquisitionDate>{IsoTimestamp.Format(acquired)}</AcquisitionDate>");
        }

        if (stack.Description is string description)
        {
            xml.Append(c, $"<Description>{SecurityElement.Escape(description)}</Description>");
        }

        xml.Append(c, $"<Pixels ID=\"Pixels:0\" DimensionOrder=\"XYZCT\" Type=\"{OmeType(stack.PixelType)}\" SignificantBits=\"{stack.BitDepth}\" ")
            .Append(c, $"BigEndian=\"false\" Interleaved=\"false\" SizeX=\"{stack.Width}\" SizeY=\"{stack.Height}\" ")
            .Append(c, $"SizeZ=\"1\" SizeC=\"1\" SizeT=\"{stack.FrameCount}\"");
        if (stack.PixelSizeUm is double size)
        {
            // The unit defaults to micrometres; leaving it out keeps the description pure ASCII.
            xml.Append(c, $" PhysicalSizeX=\"{size:R}\" PhysicalSizeY=\"{size:R}\"");
        }

        xml.Append('>');
        xml.Append("<Channel ID=\"Channel:0:0\" SamplesPerPixel=\"1\"><LightPath/></Channel>");
        xml.Append(c, $"<TiffData IFD=\"0\" PlaneCount=\"{stack.FrameCount}\"/>");
        for (int t = 0; t < stack.FrameCount; t++)
        {
            OmeTiffPlane plane = stack.Planes[t];
            xml.Append(c, $"<Plane TheZ=\"0\" TheC=\"0\" TheT=\"{t}\" DeltaT=\"{plane.ElapsedMs:R}\" DeltaTUnit=\"ms\"");
            if (plane.ExposureMs is double exposure)
            {
                xml.Append(c, $" ExposureTime=\"{exposure:R}\" ExposureTimeUnit=\"ms\"");
            }

            xml.Append("/>");
        }

        xml.Append("</Pixels></Image></OME>");
        return xml.ToString();
    }

    /// <summary>The OME PixelType names.</summary>
    private static string OmeType(PixelType type) => type switch
    {
        PixelType.UInt8 => "uint8",
        PixelType.Int16 => "int16",
        PixelType.UInt32 => "uint32",
        PixelType.Int32 => "int32",
        PixelType.Float32 => "float",
        PixelType.Float64 => "double",
        _ => "uint16",
    };
}
