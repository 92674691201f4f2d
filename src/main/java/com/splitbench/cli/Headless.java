package com.splitbench.cli;

/** The command line never needs a display: charts are drawn to images with Java2D, headless. */
final class Headless {

    private Headless() {
    }

    /** Sets {@code java.awt.headless} unless the user chose otherwise; call before any AWT class loads. */
    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
