package com.splitbench.ui.common;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;

/**
 * Runs an action for an observable's value now and for every later value. A view built after its view model already
 * holds data (a tab's view is built when the tab is first opened) must show what is there, not only what changes.
 */
public final class Follow {

    private Follow() {
    }

    /** Calls {@code action} with the current value unless it is null, then with every new non-null value. */
    public static <T> void value(ObservableValue<T> observable, Consumer<? super T> action) {
        observable.addListener((source, before, now) -> {
            if (now != null) {
                action.accept(now);
            }
        });
        T current = observable.getValue();
        if (current != null) {
            action.accept(current);
        }
    }
}
