package com.splitbench.ui.shell;

import com.splitbench.ui.settings.WindowBounds;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Decides where the main window opens. A remembered place is used when its title bar is still on a screen (a
 * monitor may have been unplugged since); the window is then kept inside that screen and no larger than it.
 * Otherwise the window opens centred on the primary screen.
 */
public final class WindowPlacement {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 820;
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 420;
    /** How much of the window's top strip must be on a screen for the user to grab and move it. */
    private static final double GRAB_WIDTH = 120;
    private static final double GRAB_HEIGHT = 32;

    private WindowPlacement() {
    }

    /**
     * @param saved   the remembered bounds, or null on the first start
     * @param screens the screens' visual bounds (without task bars), the primary screen first
     */
    public static WindowBounds place(WindowBounds saved, List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return saved != null ? saved : new WindowBounds(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);
        }
        if (saved == null) {
            return centred(screens.get(0), DEFAULT_WIDTH, DEFAULT_HEIGHT, false);
        }
        Rectangle2D titleBar = new Rectangle2D(saved.x(), saved.y(), saved.width(), Math.min(GRAB_HEIGHT,
                saved.height()));
        Rectangle2D best = null;
        double bestArea = 0;
        for (Rectangle2D screen : screens) {
            double area = overlapWidth(titleBar, screen) * overlapHeight(titleBar, screen);
            if (area > bestArea) {
                best = screen;
                bestArea = area;
            }
        }
        if (best == null || overlapWidth(titleBar, best) < Math.min(GRAB_WIDTH, saved.width())
                || overlapHeight(titleBar, best) < Math.min(GRAB_HEIGHT, saved.height())) {
            return centred(screens.get(0), saved.width(), saved.height(), saved.maximized());
        }
        return clampedInto(best, saved);
    }

    private static WindowBounds clampedInto(Rectangle2D screen, WindowBounds saved) {
        double width = clamp(saved.width(), Math.min(MIN_WIDTH, screen.getWidth()), screen.getWidth());
        double height = clamp(saved.height(), Math.min(MIN_HEIGHT, screen.getHeight()), screen.getHeight());
        double x = clamp(saved.x(), screen.getMinX(), screen.getMaxX() - width);
        double y = clamp(saved.y(), screen.getMinY(), screen.getMaxY() - height);
        return new WindowBounds(x, y, width, height, saved.maximized());
    }

    private static WindowBounds centred(Rectangle2D screen, double width, double height, boolean maximized) {
        double w = clamp(width, Math.min(MIN_WIDTH, screen.getWidth()), screen.getWidth() * 0.9);
        double h = clamp(height, Math.min(MIN_HEIGHT, screen.getHeight()), screen.getHeight() * 0.9);
        return new WindowBounds(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h, maximized);
    }

    private static double overlapWidth(Rectangle2D a, Rectangle2D b) {
        return Math.max(0, Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX()));
    }

    private static double overlapHeight(Rectangle2D a, Rectangle2D b) {
        return Math.max(0, Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY()));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
