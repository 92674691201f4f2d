package com.splitbench.analysis.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.common.UserFacingException;
import org.junit.jupiter.api.Test;

/** Identifier validation, quoting and case folding per dialect, and finding the dialect of a JDBC URL. */
class IdentifiersAndDialectsTest {

    @Test
    void rejectsColumnNamesThatCouldCarrySql() {
        for (String bad : new String[] {"a\"b", "x; DROP TABLE t", "name with space", "1abc", "a`b", "", "a-b"}) {
            assertThatThrownBy(() -> Identifiers.requireValid(bad, "unit column"))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("unit column");
        }
        assertThat(Identifiers.requireValid("user_id", "unit column")).isEqualTo("user_id");
    }

    @Test
    void tableNamesHaveAtMostThreePartsAndMayHoldHyphens() {
        assertThat(Identifiers.tableParts("my-project.analytics.events")).containsExactly("my-project", "analytics",
                "events");
        assertThatThrownBy(() -> Identifiers.tableParts("a.b.c.d")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> Identifiers.tableParts("events; DROP")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> Identifiers.tableParts("a..b")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void tableNamesAreFoldedToTheCaseEachEngineStoresUnquotedNamesIn() {
        assertThat(new PostgresDialect().quoteTable("Public.EVENTS")).isEqualTo("\"Public\".\"events\"");
        assertThat(new H2Dialect().quoteTable("public.events")).isEqualTo("\"PUBLIC\".\"EVENTS\"");
        assertThat(new SnowflakeDialect().quoteTable("analytics.Events")).isEqualTo("\"ANALYTICS\".\"Events\"");
        assertThat(new BigQueryDialect().quoteTable("my-project.analytics.events"))
                .isEqualTo("`my-project`.`analytics`.`events`");
        assertThat(new SparkSqlDialect().quote("user_id")).isEqualTo("`user_id`");
        assertThat(new DuckDbDialect().quoteTable("Events")).isEqualTo("\"Events\"");
    }

    @Test
    void integerDivisionIsSpelledAsEachEngineTruncates() {
        SqlText dividend = new SqlText(new PostgresDialect()).add("t");
        assertThat(new PostgresDialect().integerDivide(dividend, "86400000").sql()).isEqualTo("(t) / 86400000");
        assertThat(new DuckDbDialect().integerDivide(dividend, "86400000").sql()).isEqualTo("(t) // 86400000");
        assertThat(new SparkSqlDialect().integerDivide(dividend, "86400000").sql()).isEqualTo("(t) DIV 86400000");
        assertThat(new BigQueryDialect().integerDivide(dividend, "86400000").sql()).isEqualTo("DIV(t, 86400000)");
    }

    @Test
    void findsTheDialectOfAJdbcUrl() {
        assertThat(Dialects.forJdbcUrl("jdbc:postgresql://db:5432/x").name()).isEqualTo("postgresql");
        assertThat(Dialects.forJdbcUrl("jdbc:trino://host:8080/hive/default").name()).isEqualTo("trino");
        assertThat(Dialects.forJdbcUrl("jdbc:presto://host:8080").name()).isEqualTo("trino");
        assertThat(Dialects.forJdbcUrl("jdbc:hive2://host:10000/default").name()).isEqualTo("sparksql");
        assertThat(Dialects.forJdbcUrl("jdbc:databricks://host:443").name()).isEqualTo("sparksql");
        assertThat(Dialects.forJdbcUrl("jdbc:bigquery://https://www.googleapis.com/bigquery/v2:443;ProjectId=p")
                .name()).isEqualTo("bigquery");
        assertThat(Dialects.forJdbcUrl("jdbc:snowflake://acct.snowflakecomputing.com/").name())
                .isEqualTo("snowflake");
        assertThat(Dialects.forJdbcUrl("jdbc:duckdb:").name()).isEqualTo("duckdb");
        assertThat(Dialects.forJdbcUrl("jdbc:h2:mem:x").name()).isEqualTo("h2");
    }

    @Test
    void anUnknownUrlIsRefusedWithoutRepeatingItsParameters() {
        assertThatThrownBy(() -> Dialects.forJdbcUrl("jdbc:oracle:thin:@host?password=hunter2"))
                .isInstanceOf(UserFacingException.class).hasMessageNotContaining("hunter2");
    }

    @Test
    void aQuerySourceLosesItsTrailingSemicolonAndMustBeOneStatement() {
        assertThat(SourceRelation.query("SELECT * FROM t;  ").fromSql(new PostgresDialect()))
                .isEqualTo("(SELECT * FROM t)");
        assertThatThrownBy(() -> SourceRelation.query("SELECT 1; DROP TABLE t"))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void h2SaysItCannotReadJsonContextKeys() {
        assertThatThrownBy(() -> new H2Dialect().jsonText("c", "device")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("JSON");
    }
}
