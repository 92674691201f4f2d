package com.splitbench.ui.settings;

/** Where the main window was and how big, in screen coordinates, and whether it was maximised. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public WindowBounds {
        if (!(width > 0) || !(height > 0) || !Double.isFinite(x) || !Double.isFinite(y)
                || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("window bounds must be finite with a positive size: "
                    + x + ", " + y + ", " + width + " x " + height);
        }
    }
}
