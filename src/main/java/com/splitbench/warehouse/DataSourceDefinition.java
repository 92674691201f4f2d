package com.splitbench.warehouse;

import com.splitbench.analysis.sql.Dialects;
import com.splitbench.analysis.sql.SqlDialect;
import com.splitbench.analysis.sql.TableMapping;
import com.splitbench.common.UserFacingException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A warehouse data source: which engine, where (a JDBC URL without credentials), how the user's tables map onto
 * the analysis roles, and a description for people. Saved sources and report fingerprints carry this, so it must
 * never hold a password: a URL with one is refused, and credentials are given separately ({@link Credentials}).
 *
 * @param engine the dialect name (postgresql, trino, sparksql, bigquery, snowflake, duckdb, h2)
 */
public record DataSourceDefinition(String engine, String jdbcUrl, TableMapping mapping, String description) {

    /** URL parameters and user-info that carry secrets. */
    private static final Pattern SECRET = Pattern.compile(
            "(?i)([?&;:]|^)(password|pwd|passwd|secret|token|accesstoken|oauthaccesstoken)=|//[^/@?;]*:[^/@?;]*@");

    public DataSourceDefinition {
        if (jdbcUrl == null || !jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            throw new UserFacingException("A data source needs a JDBC URL starting with jdbc:, e.g. "
                    + "jdbc:postgresql://host:5432/analytics.");
        }
        if (SECRET.matcher(jdbcUrl).find()) {
            throw new UserFacingException("The JDBC URL holds a password or token. Take it out of the URL and give it "
                    + "with --password-env (default variable " + Credentials.DEFAULT_PASSWORD_VARIABLE + ") or in the "
                    + "connection dialog, so that it is never saved with the source or a report.");
        }
        engine = engine == null || engine.isBlank() ? Dialects.forJdbcUrl(jdbcUrl).name()
                : Dialects.byName(engine).name();
        if (mapping == null) {
            throw new UserFacingException("A data source needs a table mapping (--assignments-table and "
                    + "--events-table, or --user-table).");
        }
        description = description == null ? "" : description;
    }

    /** A source whose engine is told by its URL. */
    public static DataSourceDefinition of(String jdbcUrl, TableMapping mapping) {
        return new DataSourceDefinition(null, jdbcUrl, mapping, "");
    }

    public SqlDialect dialect() {
        return Dialects.byName(engine);
    }
}
