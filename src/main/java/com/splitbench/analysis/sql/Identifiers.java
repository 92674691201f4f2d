package com.splitbench.analysis.sql;

import com.splitbench.common.UserFacingException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Validation of the names that become SQL identifiers (tables, columns, JSON keys). They come only from the
 * user's table mapping, never from a spec or report file, and must match a strict pattern before a dialect quotes
 * them, so that no quote character, space or semicolon can reach the SQL text.
 */
public final class Identifiers {

    /** A column name or JSON key: a letter or underscore, then letters, digits or underscores. */
    private static final Pattern PART = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
    /** A table name part may also hold hyphens (BigQuery project ids such as my-project). */
    private static final Pattern TABLE_PART = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,127}");

    private Identifiers() {
    }

    /** Throws when {@code name} is not a valid column name or JSON key. */
    public static String requireValid(String name, String what) {
        if (name == null || !PART.matcher(name).matches()) {
            throw new UserFacingException("The " + what + " '" + name + "' is not a plain name: use letters, "
                    + "digits and underscores, starting with a letter or underscore (at most 128 characters).");
        }
        return name;
    }

    static void requireValidPart(String part) {
        if (part == null || !TABLE_PART.matcher(part).matches()) {
            throw new UserFacingException("'" + part + "' is not a valid SQL name: use letters, digits, "
                    + "underscores and hyphens, starting with a letter or underscore.");
        }
    }

    /** Splits and validates a table name of one to three dotted parts (catalog.schema.table). */
    public static List<String> tableParts(String qualifiedName) {
        if (qualifiedName == null || qualifiedName.isBlank()) {
            throw new UserFacingException("A table name is missing.");
        }
        List<String> parts = List.of(qualifiedName.split("\\.", -1));
        if (parts.size() > 3) {
            throw new UserFacingException("The table name '" + qualifiedName + "' has more than three dotted "
                    + "parts; write catalog.schema.table at most.");
        }
        for (String part : parts) {
            if (!TABLE_PART.matcher(part).matches()) {
                throw new UserFacingException("The table name '" + qualifiedName + "' is not valid: each dotted "
                        + "part must be letters, digits, underscores or hyphens, starting with a letter or "
                        + "underscore. For anything else, give a SQL query as the source instead of a table.");
            }
        }
        return parts;
    }
}
