package com.splitbench.ingest.mapping;

import java.util.List;
import java.util.Locale;

/**
 * What a column means to the importer, with the names exports commonly give it, most specific first. Names are
 * compared after {@link #normalize(String)}, so {@code User_ID}, {@code user-id} and {@code userid} all match.
 */
public enum ColumnRole {
    UNIT("user_id", "userid", "unit_id", "unit", "visitor_id", "distinct_id", "anonymous_id", "customer_id",
            "client_id", "device_id", "account_id", "member_id", "user", "uid", "id"),
    EXPERIMENT("experiment", "experiment_id", "experiment_key", "experiment_name", "exp_id", "exp", "test_id",
            "test_name", "test", "feature_flag", "flag_key"),
    VARIANT("variant", "variation_id", "variation", "variant_id", "variant_name", "variation_name", "group", "arm",
            "bucket", "treatment", "version", "cohort", "branch"),
    TIME("timestamp", "assigned_at", "event_time", "received_at", "time", "ts", "event_timestamp", "exposure_time",
            "exposed_at", "created_at", "occurred_at", "original_timestamp", "sent_at", "datetime", "date"),
    EVENT("event_type", "event_name", "event", "type", "action", "metric", "metric_name", "goal"),
    VALUE("value", "revenue", "amount", "event_value", "metric_value", "price", "total"),
    CONTEXT("context", "properties", "attributes", "dimensions", "traits");

    private final List<String> synonyms;

    ColumnRole(String... synonyms) {
        this.synonyms = List.of(synonyms);
    }

    public List<String> synonyms() {
        return synonyms;
    }

    /** The name used in {@code --map ROLE=COLUMN}: unit, experiment, variant, time, event, value, context. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ColumnRole ofKey(String key) {
        for (ColumnRole role : values()) {
            if (role.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown column role '" + key + "'; use one of unit, experiment,"
                + " variant, time, event, value, context");
    }

    /** Lower case, letters and digits only. */
    public static String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
