package org.micromanager.data;

/** Stub of Micro-Manager's Coordinates: just enough for acquire_camtest.bsh to run headless. */
public final class Coordinates {
    public final int time;
    private Coordinates(int time) { this.time = time; }
    public static Builder builder() { return new Builder(); }
    public static final class Builder {
        private int time;
        public Builder time(int t) { time = t; return this; }
        public Coordinates build() { return new Coordinates(time); }
    }
}
