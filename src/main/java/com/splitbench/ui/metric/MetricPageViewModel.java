package com.splitbench.ui.metric;

import com.splitbench.spec.MetricDefinition;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.TaskExecutor;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A metric of the library, opened from the sidebar: loads the choices and the metric off the JavaFX thread, edits
 * it with {@link MetricEditorViewModel}, and saves it to the library. Holds no nodes.
 */
public final class MetricPageViewModel {

    private final String name;
    private final MetricLibrary library;
    private final TaskExecutor tasks;
    private final Consumer<String> saved;
    /** What is loaded before the editor opens. */
    private record Loaded(MetricCatalog catalog, MetricDefinition metric) {
    }

    private final ReadOnlyObjectWrapper<MetricEditorViewModel> editor = new ReadOnlyObjectWrapper<>(this, "editor");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /** @param saved told the name of a metric once it is saved, e.g. to refresh the sidebar */
    public MetricPageViewModel(String name, MetricLibrary library, TaskExecutor tasks, Consumer<String> saved) {
        this.name = Objects.requireNonNull(name);
        this.library = Objects.requireNonNull(library);
        this.tasks = Objects.requireNonNull(tasks);
        this.saved = Objects.requireNonNull(saved);
    }

    /** Loads the metric and what the editor offers. UI thread. */
    public void load() {
        busy.set(true);
        tasks.execute(BackgroundTask.of("Opening metric " + name, task -> {
            return new Loaded(library.catalog(), library.find(name).orElse(null));
        }).onSuccess(loaded -> {
            MetricCatalog catalog = loaded.catalog();
            Set<String> others = catalog.library().stream().map(MetricDefinition::name)
                    .filter(other -> !other.equals(name)).collect(Collectors.toSet());
            MetricEditorViewModel form = new MetricEditorViewModel(catalog, others);
            if (loaded.metric() != null) {
                form.edit(loaded.metric());
            } else {
                form.nameProperty().set(name);
            }
            editor.set(form);
        }).onError(failure -> status.set("The metric could not be opened: " + failure.getMessage()))
                .onFinally(() -> busy.set(false)));
    }

    /** Saves the edited metric to the library. UI thread. */
    public void save() {
        MetricEditorViewModel form = editor.get();
        MetricDefinition metric = form == null ? null : form.definitionProperty().get();
        if (metric == null) {
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.<Void>of("Saving metric " + metric.name(), task -> {
            library.save(metric);
            return null;
        }).onSuccess(done -> {
            status.set("Saved " + metric.name() + " in the metric library.");
            saved.accept(metric.name());
        }).onError(failure -> status.set("The metric could not be saved: " + failure.getMessage()))
                .onFinally(() -> busy.set(false)));
    }

    public String name() {
        return name;
    }

    /** The editor, once loaded. */
    public ReadOnlyObjectProperty<MetricEditorViewModel> editorProperty() {
        return editor.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
