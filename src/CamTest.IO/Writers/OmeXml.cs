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
            // xsd:dateTime, first child of Image by the schema's order.
            xml.Append(c, $"<AcquisitionDate>{IsoTimestamp.Format(acquired)}</AcquisitionDate>");
        }

        xml.Append(c, $"<Pixels ID=\"Pixels:0\" DimensionOrder=\"XYZCT\" Type=\"uint16\" SignificantBits=\"{stack.BitDepth}\" ")
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
            xml.Append(c, $"<Plane TheZ=\"0\" TheC=\"0\" TheT=\"{t}\" DeltaT=\"{plane.ElapsedMs:R}\" DeltaTUnit=\"ms\" ")
                .Append(c, $"ExposureTime=\"{plane.ExposureMs:R}\" ExposureTimeUnit=\"ms\"/>");
        }

        xml.Append("</Pixels></Image></OME>");
        return xml.ToString();
    }
}
