package com.splitbench.ui.source;

import com.splitbench.analysis.sql.Dialects;
import com.splitbench.analysis.sql.Identifiers;
import com.splitbench.common.UserFacingException;
import com.splitbench.warehouse.DataSourceDefinition;
import com.splitbench.warehouse.SavedSource;
import com.splitbench.warehouse.TableMappingOptions;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a {@link SourceForm}: sets the message beside every field that is wrong and, when the connection and mapping
 * are right, builds the source. A source can be tested before it has a name; saving needs the name too.
 */
final class SourceFormCheck {

    /** What the check found. */
    record Result(Optional<SavedSource> source, boolean named, String engine) {

        /** The source under its name, when it can be saved. */
        Optional<SavedSource> savable() {
            return named ? source : Optional.empty();
        }
    }

    /** The name a source is tested under before it has one. */
    static final String UNNAMED = "unsaved";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final TableMappingOptions ANY_MAPPING = new TableMappingOptions(null, null, null, null, null,
            null, null, null, null, "t", null, null, null);

    private SourceFormCheck() {
    }

    static Result check(SourceForm form) {
        String engine = engine(form);
        boolean valid = !engine.isEmpty();
        valid &= url(form);
        valid &= driverJar(form);
        valid &= mapping(form);
        boolean named = name(form);
        if (!valid) {
            form.setMessage(SourceField.GENERAL, "");
            return new Result(Optional.empty(), false, engine);
        }
        try {
            SavedSource source = new SavedSource(named ? form.name.get().strip() : UNNAMED,
                    SourceForm.DETECT.equals(form.engine.get()) ? null : form.engine.get(), form.url.get().strip(),
                    SourceForm.blankToNull(form.user.get()), SourceForm.blankToNull(form.driverJar.get()),
                    form.mappingOptions(), form.description.get() == null ? "" : form.description.get().strip());
            form.setMessage(SourceField.GENERAL, "");
            return new Result(Optional.of(source), named, engine);
        } catch (UserFacingException e) {
            form.setMessage(SourceField.GENERAL, e.getMessage());
            return new Result(Optional.empty(), false, engine);
        }
    }

    /** The engine chosen, or told by the URL; empty (with a message) when neither says. */
    private static String engine(SourceForm form) {
        String chosen = form.engine.get();
        String url = form.url.get() == null ? "" : form.url.get().strip();
        if (chosen != null && !SourceForm.DETECT.equals(chosen)) {
            form.setMessage(SourceField.ENGINE, "");
            return chosen;
        }
        if (url.isEmpty()) {
            form.setMessage(SourceField.ENGINE, "");
            return "";
        }
        try {
            String detected = Dialects.forJdbcUrl(url).name();
            form.setMessage(SourceField.ENGINE, "");
            return detected;
        } catch (UserFacingException e) {
            form.setMessage(SourceField.ENGINE, "The URL does not tell which engine this is: choose it.");
            return "";
        }
    }

    private static boolean url(SourceForm form) {
        String url = form.url.get() == null ? "" : form.url.get().strip();
        String message = "";
        if (url.isEmpty()) {
            message = "Enter the JDBC URL, e.g. jdbc:postgresql://db.example.com:5432/analytics.";
        } else if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            message = "A JDBC URL starts with jdbc:, e.g. jdbc:postgresql://db.example.com:5432/analytics.";
        } else {
            try {
                new DataSourceDefinition("h2", url, ANY_MAPPING.toMapping(), "");
            } catch (UserFacingException e) {
                message = "The URL holds a password or token. Take it out and type the password below: it is kept "
                        + "in memory only, never saved with the source or a report.";
            }
        }
        form.setMessage(SourceField.URL, message);
        return message.isEmpty();
    }

    private static boolean driverJar(SourceForm form) {
        String jar = SourceForm.blankToNull(form.driverJar.get());
        String message = "";
        if (jar != null) {
            try {
                if (!Files.isRegularFile(Path.of(jar))) {
                    message = "There is no file " + jar + ".";
                }
            } catch (InvalidPathException e) {
                message = "'" + jar + "' is not a file path.";
            }
        }
        form.setMessage(SourceField.DRIVER_JAR, message);
        return message.isEmpty();
    }

    private static boolean mapping(SourceForm form) {
        boolean assignmentLayout = form.layout.get() == SourceLayout.ASSIGNMENTS_AND_EVENTS;
        boolean valid = (assignmentLayout ? form.assignments : form.userTable).check(true);
        (assignmentLayout ? form.userTable : form.assignments).check(false);
        // Events give the metrics of an assignments layout; a per-user table has its own metric columns.
        valid &= form.events.check(assignmentLayout);
        valid &= names(form, SourceField.DIMENSIONS, form.dimensions.get(), "dimension column");
        valid &= names(form, SourceField.METRIC_COLUMNS, assignmentLayout ? "" : form.metricColumns.get(),
                "metric column");
        String context = SourceForm.blankToNull(form.contextColumn.get());
        String keys = SourceForm.blankToNull(form.contextKeys.get());
        if (assignmentLayout && context == null && keys != null) {
            form.setMessage(SourceField.CONTEXT, "Name the JSON column that holds these keys.");
            return false;
        }
        return valid & names(form, SourceField.CONTEXT, assignmentLayout ? join(context, keys) : "", "JSON name");
    }

    /** Checks a comma-separated list of plain names. */
    private static boolean names(SourceForm form, SourceField field, String list, String what) {
        String message = "";
        if (list != null) {
            for (String name : list.split(",")) {
                if (!name.isBlank()) {
                    try {
                        Identifiers.requireValid(name.strip(), what);
                    } catch (UserFacingException e) {
                        message = e.getMessage();
                        break;
                    }
                }
            }
        }
        form.setMessage(field, message);
        return message.isEmpty();
    }

    private static boolean name(SourceForm form) {
        String name = form.name.get() == null ? "" : form.name.get().strip();
        String message = name.isEmpty() ? "Name the source to save it, e.g. warehouse."
                : NAME.matcher(name).matches() ? ""
                : "Use 1 to 64 letters, digits, '.', '_' or '-'.";
        form.setMessage(SourceField.NAME, message);
        return message.isEmpty();
    }

    private static String join(String first, String second) {
        return (first == null ? "" : first) + "," + (second == null ? "" : second);
    }
}
