package com.splitbench.report;

import java.util.List;
import java.util.Objects;

/**
 * Numbers computed in a data warehouse, with only summary rows coming back. Names the engine and the tables read and
 * carries the SHA-256 of the query text, so that a later run can tell whether the same query was used. Never holds a
 * connection URL, a host, a user name or a password.
 *
 * @param engine the kind of engine, e.g. {@code postgresql}, {@code trino}
 * @param tables the tables read, as qualified names (schema.table)
 * @param queryHash the SHA-256 of the query text, 64 lowercase hex digits
 */
public record WarehouseSource(String engine, List<String> tables, String queryHash) implements SourceDescription {

    public WarehouseSource {
        Objects.requireNonNull(engine, "engine");
        tables = List.copyOf(tables);
        Objects.requireNonNull(queryHash, "queryHash");
    }

    @Override
    public String summary() {
        return "warehouse (" + engine + "): " + tables.size() + (tables.size() == 1 ? " table" : " tables");
    }
}
