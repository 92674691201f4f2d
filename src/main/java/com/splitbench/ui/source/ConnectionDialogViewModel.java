package com.splitbench.ui.source;

import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.TaskExecutor;
import com.splitbench.warehouse.Credentials;
import com.splitbench.warehouse.SavedSource;
import com.splitbench.warehouse.WarehouseAnalysis;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The connection dialog: a {@link SourceForm} checked on every change, "Test connection" (connects and checks the
 * mapped columns on a worker thread), and Save (into the open workspace, without the password, which is kept in
 * memory for this session). Holds no nodes.
 */
public final class ConnectionDialogViewModel {

    /** What the line above the buttons says. */
    public enum Status { NONE, WORKING, CONNECTED, FAILED }

    private final SourceForm form = new SourceForm();
    private final SourceStore store;
    private final TaskExecutor tasks;
    private final SourcePasswords passwords;
    private final Consumer<SavedSource> onSaved;
    private final ReadOnlyObjectWrapper<SavedSource> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyBooleanWrapper savable = new ReadOnlyBooleanWrapper(this, "savable");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper engineHint = new ReadOnlyStringWrapper(this, "engineHint", "");
    private final ReadOnlyStringWrapper nameHint = new ReadOnlyStringWrapper(this, "nameHint", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Status> statusKind = new ReadOnlyObjectWrapper<>(this, "statusKind",
            Status.NONE);
    private List<String> savedNames = List.of();
    private String editing;
    private long generation;

    /** @param onSaved told the source once it is saved (UI thread), e.g. to list and select it */
    public ConnectionDialogViewModel(SourceStore store, TaskExecutor tasks, SourcePasswords passwords,
                                     Consumer<SavedSource> onSaved) {
        this.store = Objects.requireNonNull(store);
        this.tasks = Objects.requireNonNull(tasks);
        this.passwords = Objects.requireNonNull(passwords);
        this.onSaved = Objects.requireNonNull(onSaved);
        form.inputs().forEach(input -> input.addListener(observable -> check()));
        form.password.addListener(observable -> forgetTest());
        check();
        tasks.execute(BackgroundTask.of("Reading the saved sources", task -> store.names())
                .onSuccess(names -> {
                    savedNames = List.copyOf(names);
                    check();
                })
                .onError(failure -> savedNames = List.of()));
    }

    /** Shows a saved source to change; its password is the one typed this session, if any. */
    public void edit(SavedSource saved) {
        editing = saved.name();
        form.load(saved, passwords.get(store.location(), saved.name()).orElse(null));
        check();
    }

    public SourceForm form() {
        return form;
    }

    /** Connects with the fields as they are and checks that every mapped column exists. UI thread. */
    public void testConnection() {
        SavedSource tested = source.get();
        if (tested == null || busy.get()) {
            return;
        }
        Credentials credentials = Credentials.of(form.user.get(), form.password.get());
        long mine = ++generation;
        show(Status.WORKING, "Connecting to " + tested.definition().engine() + "…");
        busy.set(true);
        tasks.execute(BackgroundTask.of("Testing the connection to " + tested.definition().engine(), task ->
                WarehouseAnalysis.testConnection(tested.definition(), credentials, tested.driverJarPath()))
                .onSuccess(answer -> showIfCurrent(mine, Status.CONNECTED, answer))
                .onError(failure -> showIfCurrent(mine, Status.FAILED, SourceFailures.describe(
                        "The connection test", failure)))
                .onFinally(() -> busy.set(false)));
    }

    /**
     * Saves the source in the workspace (without the password) and remembers the password in memory; a source edited
     * under a new name replaces the one it was. UI thread.
     */
    public void save() {
        SavedSource saving = savable.get() ? source.get() : null;
        if (saving == null || busy.get()) {
            return;
        }
        String password = form.password.get();
        String renamed = editing != null && !editing.equals(saving.name()) ? editing : null;
        show(Status.WORKING, "Saving " + saving.name() + "…");
        busy.set(true);
        tasks.execute(BackgroundTask.<Void>of("Saving the data source " + saving.name(), task -> {
            if (renamed != null) {
                store.rename(renamed, saving);
            } else {
                store.save(saving);
            }
            return null;
        })
                .onSuccess(ignored -> {
                    if (renamed != null) {
                        passwords.remember(store.location(), renamed, null);
                        editing = saving.name();
                    }
                    passwords.remember(store.location(), saving.name(), password);
                    show(Status.NONE, "");
                    onSaved.accept(saving);
                })
                .onError(failure -> show(Status.FAILED, SourceFailures.describe("Saving the source", failure)))
                .onFinally(() -> busy.set(false)));
    }

    private void check() {
        SourceFormCheck.Result checked = SourceFormCheck.check(form);
        source.set(checked.source().orElse(null));
        engineHint.set(SourceForm.DETECT.equals(form.engine.get()) && !checked.engine().isEmpty()
                ? "Detected from the URL: " + checked.engine() : "");
        String name = form.name.get() == null ? "" : form.name.get().strip();
        boolean taken = savedNames.contains(name) && !name.equals(editing);
        nameHint.set(!taken ? "" : editing != null
                ? "A source named " + name + " is saved already: choose another name to rename this one."
                : "A source named " + name + " is saved already: saving replaces it.");
        // Renaming onto another saved source would silently lose it; saving a new one over it is what the hint says.
        savable.set(checked.savable().isPresent() && !(taken && editing != null));
        forgetTest();
    }

    /** A change makes the last test's answer stale (a test still running is shown, but its answer dropped). */
    private void forgetTest() {
        generation++;
        if (statusKind.get() != Status.WORKING) {
            show(Status.NONE, "");
        }
    }

    private void showIfCurrent(long mine, Status kind, String message) {
        if (mine == generation) {
            show(kind, message);
        } else {
            show(Status.NONE, "");
        }
    }

    private void show(Status kind, String message) {
        statusKind.set(kind);
        status.set(message);
    }

    /** The source the fields describe (under a placeholder name until one is given), or null while one is wrong. */
    public ReadOnlyObjectProperty<SavedSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** Whether Save can run: every field is right, the name too. */
    public ReadOnlyBooleanProperty savableProperty() {
        return savable.getReadOnlyProperty();
    }

    /** True while a test or a save runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** E.g. "Detected from the URL: postgresql" while the engine is detected. */
    public ReadOnlyStringProperty engineHintProperty() {
        return engineHint.getReadOnlyProperty();
    }

    /** Says that saving replaces a source of the same name. */
    public ReadOnlyStringProperty nameHintProperty() {
        return nameHint.getReadOnlyProperty();
    }

    /** The answer of the last test, or what went wrong; empty when there is nothing to say. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusKindProperty() {
        return statusKind.getReadOnlyProperty();
    }
}
