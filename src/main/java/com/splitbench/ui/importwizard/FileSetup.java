package com.splitbench.ui.importwizard;

import com.splitbench.ingest.ImportPreview;
import com.splitbench.ingest.mapping.ColumnMapping;
import com.splitbench.ingest.mapping.ColumnRole;
import com.splitbench.workspace.ImportShape;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One file in the import wizard: its preview (as the importer reads it), the shape it is imported as, the column
 * of each role (detected, and changeable), and the experiment key when the file has no experiment column. The
 * messages say what must still be chosen. Holds no nodes.
 */
public final class FileSetup {

    /** The choice that means "no column for this role". */
    public static final String NO_COLUMN = "";

    private final Path path;
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObjectProperty<ImportShape> shape = new SimpleObjectProperty<>(this, "shape");
    private final Map<ColumnRole, StringProperty> columns = new EnumMap<>(ColumnRole.class);
    private final Map<ColumnRole, ReadOnlyStringWrapper> roleMessages = new EnumMap<>(ColumnRole.class);
    private final StringProperty experiment = new SimpleStringProperty(this, "experiment", "");
    private final ReadOnlyStringWrapper experimentMessage = new ReadOnlyStringWrapper(this, "experimentMessage", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Reading…");
    private boolean applying;

    public FileSetup(Path path) {
        this.path = path;
        for (ColumnRole role : ColumnRole.values()) {
            columns.put(role, new SimpleStringProperty(this, role.key(), NO_COLUMN));
            roleMessages.put(role, new ReadOnlyStringWrapper(this, role.key() + "Message", ""));
            columns.get(role).addListener((observable, before, now) -> check());
        }
        experiment.addListener((observable, before, now) -> check());
        shape.addListener((observable, before, now) -> {
            if (now != null && preview.get() != null) {
                detect();
            }
        });
    }

    /** Shows the preview and the shape and columns the importer would pick. UI thread. */
    void previewed(ImportPreview read) {
        preview.set(read);
        problem.set("");
        if (shape.get() == read.detectedShape()) {
            detect();
        } else {
            shape.set(read.detectedShape());
        }
    }

    /** The file cannot be imported at all (not found, not a table, ...). */
    void failed(String message) {
        problem.set(message);
        status.set("Cannot be read");
    }

    private void detect() {
        Map<ColumnRole, String> found = preview.get().mapping(shape.get(), Map.of());
        applying = true;
        try {
            for (ColumnRole role : ColumnRole.values()) {
                columns.get(role).set(found.getOrDefault(role, NO_COLUMN));
            }
            if (shape.get() != ImportShape.EVENTS && !found.containsKey(ColumnRole.EXPERIMENT)
                    && experiment.get().isBlank()) {
                experiment.set(suggestedKey(path));
            }
        } finally {
            applying = false;
        }
        check();
    }

    private void check() {
        if (applying || preview.get() == null || shape.get() == null) {
            return;
        }
        boolean experimentColumn = !columns.get(ColumnRole.EXPERIMENT).get().isEmpty();
        boolean keyGiven = !experimentColumn && !experiment.get().isBlank();
        Set<ColumnRole> required = ColumnMapping.requiredRoles(shape.get(), keyGiven);
        for (ColumnRole role : ColumnRole.values()) {
            boolean missing = required.contains(role) && columns.get(role).get().isEmpty();
            roleMessages.get(role).set(missing ? "Choose the column with the " + roleWord(role) + "." : "");
        }
        experimentMessage.set(shape.get() != ImportShape.EVENTS && !experimentColumn && experiment.get().isBlank()
                ? "The file has no experiment column: name the experiment." : "");
        if (!experimentMessage.get().isEmpty()) {
            // Said once, next to the experiment key, which is the easier fix.
            roleMessages.get(ColumnRole.EXPERIMENT).set("");
        }
        status.set(isReady() ? shapeWord(shape.get()) : "Needs a choice");
    }

    /** Whether everything the importer needs is chosen. */
    public boolean isReady() {
        return preview.get() != null && problem.get().isEmpty() && shape.get() != null
                && roleMessages.values().stream().allMatch(message -> message.get().isEmpty())
                && experimentMessage.get().isEmpty();
    }

    /** The roles the chosen shape has, in order. */
    public List<ColumnRole> roles() {
        return shape.get() == null ? List.of() : List.copyOf(ColumnMapping.roles(shape.get()));
    }

    /** The columns chosen differently from what the importer would detect ("" = no column). */
    Map<ColumnRole, String> explicitColumns() {
        Map<ColumnRole, String> detected = preview.get().mapping(shape.get(), Map.of());
        Map<ColumnRole, String> explicit = new EnumMap<>(ColumnRole.class);
        for (ColumnRole role : roles()) {
            String chosen = columns.get(role).get();
            if (!chosen.equals(detected.getOrDefault(role, NO_COLUMN))) {
                explicit.put(role, chosen);
            }
        }
        return explicit;
    }

    /** The experiment key the import gives the rows, or null when the file names its own (or events need none). */
    String experimentKey() {
        boolean experimentColumn = !columns.get(ColumnRole.EXPERIMENT).get().isEmpty();
        return experimentColumn || experiment.get().isBlank() ? null : experiment.get().strip();
    }

    static String shapeWord(ImportShape shape) {
        return switch (shape) {
            case ASSIGNMENTS -> "Assignments";
            case EVENTS -> "Metric events";
            case USERS -> "Per-user table";
        };
    }

    static String roleWord(ColumnRole role) {
        return switch (role) {
            case UNIT -> "user (unit) id";
            case EXPERIMENT -> "experiment";
            case VARIANT -> "variant";
            case TIME -> "time";
            case EVENT -> "event type";
            case VALUE -> "value";
            case CONTEXT -> "context (JSON)";
        };
    }

    /** "cookie_cats.csv.gz" → "cookie_cats". */
    static String suggestedKey(Path file) {
        String name = file.getFileName() == null ? "experiment" : file.getFileName().toString();
        int dot = name.indexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_-]+", "_");
        return base.isBlank() ? "experiment" : base;
    }

    public Path path() {
        return path;
    }

    public String fileName() {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObjectProperty<ImportShape> shapeProperty() {
        return shape;
    }

    /** The column chosen for a role, or {@link #NO_COLUMN}. */
    public StringProperty columnProperty(ColumnRole role) {
        return columns.get(role);
    }

    public ReadOnlyStringProperty roleMessageProperty(ColumnRole role) {
        return roleMessages.get(role).getReadOnlyProperty();
    }

    public StringProperty experimentProperty() {
        return experiment;
    }

    public ReadOnlyStringProperty experimentMessageProperty() {
        return experimentMessage.getReadOnlyProperty();
    }

    /** A short word for the file list: its shape when ready, or what is missing. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
