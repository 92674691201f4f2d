package com.splitbench.warehouse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.splitbench.common.UserFacingException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A warehouse source saved in a workspace under a name: engine, JDBC URL (never with a password, see
 * {@link DataSourceDefinition}), user name, optional driver jar, and the table-mapping options. The password is
 * never saved; it comes from a flag, an environment variable or the connection dialog each time.
 */
public record SavedSource(String name, String engine, String jdbcUrl, String user, String driverJar,
        TableMappingOptions mapping, String description) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public SavedSource {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new UserFacingException("A source name is 1 to 64 letters, digits, '.', '_' or '-', got '" + name
                    + "'.");
        }
        // Validates the URL (no secrets) and the mapping now, not at the first analysis.
        new DataSourceDefinition(engine, jdbcUrl, mapping.toMapping(), description);
    }

    public DataSourceDefinition definition() {
        return new DataSourceDefinition(engine, jdbcUrl, mapping.toMapping(), description);
    }

    public Optional<Path> driverJarPath() {
        return driverJar == null || driverJar.isBlank() ? Optional.empty() : Optional.of(Path.of(driverJar));
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JacksonException e) {
            throw new IllegalStateException("A saved source could not be written as JSON", e);
        }
    }

    public static SavedSource fromJson(String json) {
        try {
            return JSON.readValue(json, SavedSource.class);
        } catch (JacksonException e) {
            throw new UserFacingException("A saved data source is damaged: " + e.getOriginalMessage(), e);
        }
    }
}
