package com.splitbench.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.analysis.sql.TableMapping;
import com.splitbench.common.UserFacingException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sources never hold credentials; fingerprints describe a source without them; credentials come from the user. */
class DataSourceDefinitionTest {

    private static final TableMapping MAPPING = new TableMappingOptions("public.assignments", null, null, null,
            null, null, "events", null, null, null, null, null, null).toMapping();

    @Test
    void refusesAUrlThatHoldsAPasswordOrToken() {
        for (String url : List.of("jdbc:postgresql://db/x?user=a&password=hunter2",
                "jdbc:postgresql://a:hunter2@db/x", "jdbc:snowflake://acct/?token=hunter2",
                "jdbc:bigquery://host;OAuthAccessToken=hunter2", "jdbc:trino://host?PWD=hunter2")) {
            assertThatThrownBy(() -> DataSourceDefinition.of(url, MAPPING)).as(url)
                    .isInstanceOf(UserFacingException.class).hasMessageNotContaining("hunter2")
                    .hasMessageContaining(Credentials.DEFAULT_PASSWORD_VARIABLE);
        }
    }

    @Test
    void tellsTheEngineFromTheUrl() {
        assertThat(DataSourceDefinition.of("jdbc:postgresql://db:5432/analytics?user=me", MAPPING).engine())
                .isEqualTo("postgresql");
        assertThat(new DataSourceDefinition("TRINO", "jdbc:trino://h:8080/hive", MAPPING, "prod").engine())
                .isEqualTo("trino");
    }

    @Test
    void theFingerprintNamesEngineTablesAndTheQueryHashOnly() {
        DataSourceDefinition source = DataSourceDefinition.of("jdbc:postgresql://secret-host:5432/x?user=me",
                MAPPING);
        SourceFingerprint fingerprint = SourceFingerprint.of(source, List.of("SELECT 1", "SELECT 2"));
        assertThat(fingerprint.engine()).isEqualTo("postgresql");
        assertThat(fingerprint.tables()).containsExactly("assignments=public.assignments", "events=events");
        // SHA-256 of "SELECT 1\n;\nSELECT 2", computed with Python 3: hashlib.sha256(b"SELECT 1\n;\nSELECT 2")
        assertThat(fingerprint.queryHash())
                .isEqualTo("14fd1891123451c59fbea6ce171442b4e2ad142c349483ff150e4028bb95590f");
        assertThat(fingerprint.describe()).doesNotContain("secret-host").doesNotContain("user=me");
        assertThat(SourceFingerprint.sha256(List.of("SELECT 1"))).isNotEqualTo(fingerprint.queryHash());
    }

    @Test
    void thePasswordComesFromTheFlagOrTheEnvironmentAndIsNeverShown() {
        Map<String, String> env = Map.of(Credentials.DEFAULT_PASSWORD_VARIABLE, "from-default", "MY_PW", "from-mine");
        assertThat(Credentials.fromCommandLine("me", null, null, env).password()).contains("from-default");
        assertThat(Credentials.fromCommandLine("me", null, "MY_PW", env).password()).contains("from-mine");
        assertThat(Credentials.fromCommandLine("me", "typed", "MY_PW", env).password()).contains("typed");
        assertThat(Credentials.fromCommandLine("me", null, null, Map.of()).password()).isEmpty();
        assertThatThrownBy(() -> Credentials.fromCommandLine("me", null, "UNSET_VAR", env))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("UNSET_VAR");
        assertThat(Credentials.of("me", "hunter2").toString()).doesNotContain("hunter2");
    }
}
