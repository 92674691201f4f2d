package com.splitbench.ingest.mapping;

import com.splitbench.common.UserFacingException;
import com.splitbench.workspace.ImportShape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which column of a file plays which role, and which columns are extra (dimensions, or metric columns of a
 * per-user table). Explicit mappings win; then each role takes the first of its synonyms that a column matches.
 */
public final class ColumnMapping {

    private final List<String> header;
    private final int[] roleColumns;
    private final List<Integer> extraColumns;

    private ColumnMapping(List<String> header, int[] roleColumns, List<Integer> extraColumns) {
        this.header = header;
        this.roleColumns = roleColumns;
        this.extraColumns = extraColumns;
    }

    /**
     * Resolves every role, failing with a message that names the file and its columns when a required role has no
     * column. An explicit mapping to an empty name means "no column for this role" (no synonym is tried).
     *
     * @param experimentGiven whether {@code --experiment} supplies the experiment when no column has it
     */
    public static ColumnMapping resolve(List<String> header, ImportShape shape, Map<ColumnRole, String> explicit,
            boolean experimentGiven, String fileName) {
        boolean[] taken = new boolean[header.size()];
        int[] roles = assign(header, shape, explicit, taken, fileName);
        for (ColumnRole role : requiredRoles(shape, experimentGiven)) {
            if (roles[role.ordinal()] < 0) {
                if ("".equals(explicit.get(role))) {
                    throw new UserFacingException(fileName + ": the " + role.key() + " column is set to none"
                            + " (--map " + role.key() + " without =COLUMN), but an import needs one. Name it, e.g."
                            + " --map " + role.key() + "=COLUMN; the file's columns are: " + String.join(", ", header)
                            + ".");
                }
                throw missing(header, role, fileName);
            }
        }
        List<Integer> extras = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!taken[i] && !header.get(i).isEmpty()) {
                extras.add(i);
            }
        }
        return new ColumnMapping(header, roles, List.copyOf(extras));
    }

    /**
     * The column each role of the shape would take, by the same rules as {@link #resolve} but without failing on a
     * missing role: what the import wizard shows as the detected mapping. Roles without a column are left out.
     *
     * @throws UserFacingException if an explicit mapping names a column the header does not have
     */
    public static Map<ColumnRole, String> detect(List<String> header, ImportShape shape,
            Map<ColumnRole, String> explicit) {
        int[] roles = assign(header, shape, explicit, new boolean[header.size()], "the file");
        Map<ColumnRole, String> found = new EnumMap<>(ColumnRole.class);
        for (ColumnRole role : rolesOf(shape)) {
            if (roles[role.ordinal()] >= 0) {
                found.put(role, header.get(roles[role.ordinal()]));
            }
        }
        return found;
    }

    /** The roles a file of this shape can have, in {@link ColumnRole} order. */
    public static Set<ColumnRole> roles(ImportShape shape) {
        return Collections.unmodifiableSet(rolesOf(shape));
    }

    /** The roles a file of this shape must have; the experiment is not needed when the import names one. */
    public static Set<ColumnRole> requiredRoles(ImportShape shape, boolean experimentGiven) {
        Set<ColumnRole> required = switch (shape) {
            case ASSIGNMENTS -> EnumSet.of(ColumnRole.UNIT, ColumnRole.EXPERIMENT, ColumnRole.VARIANT, ColumnRole.TIME);
            case EVENTS -> EnumSet.of(ColumnRole.UNIT, ColumnRole.EVENT, ColumnRole.TIME);
            case USERS -> EnumSet.of(ColumnRole.UNIT, ColumnRole.EXPERIMENT, ColumnRole.VARIANT);
        };
        if (experimentGiven) {
            required.remove(ColumnRole.EXPERIMENT);
        }
        return Collections.unmodifiableSet(required);
    }

    private static int[] assign(List<String> header, ImportShape shape, Map<ColumnRole, String> explicit,
            boolean[] taken, String fileName) {
        int[] roles = new int[ColumnRole.values().length];
        Arrays.fill(roles, -1);
        Set<ColumnRole> none = EnumSet.noneOf(ColumnRole.class);
        for (Map.Entry<ColumnRole, String> entry : explicit.entrySet()) {
            if (!applies(entry.getKey(), shape)) {
                continue;
            }
            if (entry.getValue().isBlank()) {
                none.add(entry.getKey());
                continue;
            }
            int column = find(header, entry.getValue());
            if (column < 0) {
                throw new UserFacingException(fileName + " has no column '" + entry.getValue() + "' (given for "
                        + entry.getKey().key() + "). Its columns are: " + String.join(", ", header) + ".");
            }
            roles[entry.getKey().ordinal()] = column;
            taken[column] = true;
        }
        for (ColumnRole role : rolesOf(shape)) {
            if (roles[role.ordinal()] >= 0 || none.contains(role)) {
                continue;
            }
            for (String synonym : role.synonyms()) {
                int column = findFree(header, synonym, taken);
                if (column >= 0) {
                    roles[role.ordinal()] = column;
                    taken[column] = true;
                    break;
                }
            }
        }
        return roles;
    }

    /** The column index of a role, or -1 when the file has none. */
    public int column(ColumnRole role) {
        return roleColumns[role.ordinal()];
    }

    public List<Integer> extraColumns() {
        return extraColumns;
    }

    /** The number of columns in the file's header. */
    public int width() {
        return header.size();
    }

    public String name(int column) {
        return header.get(column);
    }

    /** For the import record and the summary, e.g. {@code unit=user_id, variant=group, extra=page_design}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (ColumnRole role : ColumnRole.values()) {
            if (roleColumns[role.ordinal()] >= 0) {
                parts.add(role.key() + "=" + header.get(roleColumns[role.ordinal()]));
            }
        }
        if (!extraColumns.isEmpty()) {
            parts.add("extra=" + extraColumns.stream().map(header::get).collect(Collectors.joining("|")));
        }
        return String.join(", ", parts);
    }

    private static Set<ColumnRole> rolesOf(ImportShape shape) {
        switch (shape) {
            case ASSIGNMENTS:
                return EnumSet.of(ColumnRole.UNIT, ColumnRole.EXPERIMENT, ColumnRole.VARIANT, ColumnRole.TIME,
                        ColumnRole.CONTEXT);
            case EVENTS:
                return EnumSet.of(ColumnRole.UNIT, ColumnRole.EXPERIMENT, ColumnRole.EVENT, ColumnRole.VALUE,
                        ColumnRole.TIME, ColumnRole.CONTEXT);
            default:
                return EnumSet.of(ColumnRole.UNIT, ColumnRole.EXPERIMENT, ColumnRole.VARIANT, ColumnRole.TIME);
        }
    }

    private static boolean applies(ColumnRole role, ImportShape shape) {
        return rolesOf(shape).contains(role);
    }

    private static UserFacingException missing(List<String> header, ColumnRole role, String fileName) {
        String hint = role == ColumnRole.EXPERIMENT
                ? " Name it with --map experiment=COLUMN, or give the experiment with --experiment KEY."
                : " Name it with --map " + role.key() + "=COLUMN" + (role == ColumnRole.UNIT ? " (or --unit-column)"
                        : role == ColumnRole.VARIANT ? " (or --variant-column)" : "") + ".";
        String delimiterHint = header.size() == 1
                ? " The header has a single column ('" + header.get(0) + "'): is the delimiter right?" : "";
        return new UserFacingException(fileName + " has no " + role.key() + " column (looked for "
                + String.join(", ", role.synonyms()) + "). Its columns are: " + String.join(", ", header) + "."
                + hint + delimiterHint);
    }

    private static int find(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name.trim())) {
                return i;
            }
        }
        return findFree(header, name, new boolean[header.size()]);
    }

    private static int findFree(List<String> header, String synonym, boolean[] taken) {
        String wanted = ColumnRole.normalize(synonym.toLowerCase(Locale.ROOT));
        for (int i = 0; i < header.size(); i++) {
            if (!taken[i] && ColumnRole.normalize(header.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** Roles as EnumMap, for callers building explicit mappings. */
    public static Map<ColumnRole, String> noExplicitMappings() {
        return new EnumMap<>(ColumnRole.class);
    }
}
