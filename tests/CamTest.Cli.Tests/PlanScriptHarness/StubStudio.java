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
        private int remaining;
        private int sequenceFrame;
        public final StringBuilder log = new StringBuilder();
        public String getCameraDevice() { return "Camera"; }
        public void setProperty(String device, String name, String value) { log.append("set ").append(name).append('=').append(value).append('\n'); }
        public void setExposure(double ms) { exposure = Math.max(ms, 0.5); log.append("exposure ").append(exposure).append('\n'); }
        public double getExposure() { return exposure; }
        public void snapImage() { log.append("snap\n"); }
        public String getTaggedImage() { return "image@" + exposure + "ms"; }
        public void startSequenceAcquisition(int frames, double intervalMs, boolean stopOnOverflow) {
            remaining = frames;
            sequenceFrame = 0;
            log.append("sequence ").append(frames).append('\n');
        }
        public int getRemainingImageCount() { return remaining; }
        public boolean isSequenceRunning() { return remaining > 0; }
        public String popNextTaggedImage() { remaining--; return "image@" + exposure + "ms#" + (sequenceFrame++); }
        public void stopSequenceAcquisition() { log.append("stop\n"); }
        public long getImageBitDepth() { return 12; }
    }
}
