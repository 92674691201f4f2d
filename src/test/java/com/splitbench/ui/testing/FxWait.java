package com.splitbench.ui.testing;

import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for a condition on the window, checked on the JavaFX thread. Checked from the test thread, a lookup can
 * walk the scene graph while the JavaFX thread changes it: a CI run failed with an IndexOutOfBoundsException inside
 * {@code Parent.lookupAll}. The condition must not call {@code FxRobot.interact}, which would wait for itself.
 */
public final class FxWait {

    private FxWait() {
    }

    /** Runs {@code work} on the JavaFX thread and returns its result (waiting up to 10 s). */
    public static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** Waits up to {@code seconds} until {@code condition} holds. */
    public static void until(long seconds, Callable<Boolean> condition) throws TimeoutException {
        waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
