package org.micromanager.data;

/** Stub datastore: writes DIR/NAME_MMStack_Pos0.ome.tif holding one line per frame, as Micro-Manager names its stacks. */
public final class Datastore {
    private final java.io.File dir;
    private final StringBuilder frames = new StringBuilder();
    public Datastore(String path) throws java.io.IOException {
        dir = new java.io.File(path);
        if (dir.exists()) throw new java.io.IOException(path + " exists");
        dir.mkdirs();
    }
    public void putImage(Object image) { frames.append(image).append('\n'); }
    public void freeze() { }
    public void close() throws java.io.IOException {
        try (java.io.FileWriter w = new java.io.FileWriter(new java.io.File(dir, dir.getName() + "_MMStack_Pos0.ome.tif"))) {
            w.write(frames.toString());
        }
    }
}
