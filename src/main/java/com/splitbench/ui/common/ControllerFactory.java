package com.splitbench.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.util.Callback;

/**
 * Builds FXML controllers. Each controller class is registered with a supplier that calls its constructor with the
 * services it needs, so controllers get their dependencies as constructor arguments and never look them up. An
 * FXML file that names a class nobody registered fails at once with the class name, not later with a null.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {

    private final Map<Class<?>, Supplier<?>> suppliers;

    private ControllerFactory(Map<Class<?>, Supplier<?>> suppliers) {
        this.suppliers = Map.copyOf(suppliers);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> supplier = suppliers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("No controller is registered for " + type.getName()
                    + "; register it where the window is wired (ControllerFactory.builder().register(...))");
        }
        Object controller = supplier.get();
        if (!type.isInstance(controller)) {
            throw new IllegalStateException("The supplier registered for " + type.getName() + " returned "
                    + (controller == null ? "null" : controller.getClass().getName()));
        }
        return controller;
    }

    public boolean knows(Class<?> type) {
        return suppliers.containsKey(type);
    }

    /** Collects the controller suppliers; each class once. */
    public static final class Builder {

        private final Map<Class<?>, Supplier<?>> suppliers = new LinkedHashMap<>();

        public <C> Builder register(Class<C> type, Supplier<? extends C> supplier) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(supplier, "supplier");
            if (suppliers.putIfAbsent(type, supplier) != null) {
                throw new IllegalStateException(type.getName() + " is registered twice");
            }
            return this;
        }

        public ControllerFactory build() {
            return new ControllerFactory(suppliers);
        }
    }
}
