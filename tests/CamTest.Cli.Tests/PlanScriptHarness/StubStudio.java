import org.micromanager.data.Coordinates;
import org.micromanager.data.Datastore;

/** Stands in for Micro-Manager's `mm` (Studio) and `mmc` (CMMCore) objects and logs what the script asks of them. */
public final class StubStudio {
    public final StubStudio data() { return this; }
    public final StubStudio scripter() { return this; }
    public Datastore createMultipageTIFFDatastore(String path, boolean separateMetadata, boolean splitPositions) throws java.io.IOException {
        return new Datastore(path);
    }
    public String convertTaggedImage(Object tagged, Coordinates coords, Object metadata) { return tagged + " t=" + coords.time; }
    public void message(String text) { }

    public static final class Core {
        private double exposure;
        public final StringBuilder log = new StringBuilder();
        public String getCameraDevice() { return "Camera"; }
        public void setProperty(String device, String name, String value) { log.append("set ").append(name).append('=').append(value).append('\n'); }
        public void setExposure(double ms) { exposure = Math.max(ms, 0.5); log.append("exposure ").append(exposure).append('\n'); }
        public double getExposure() { return exposure; }
        public void snapImage() { }
        public String getTaggedImage() { return "image@" + exposure + "ms"; }
        public long getImageBitDepth() { return 12; }
    }
}
