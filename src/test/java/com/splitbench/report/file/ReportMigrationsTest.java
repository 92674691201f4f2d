package com.splitbench.report.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The migration chain: steps run in order from the file's version, and the result carries the current version. */
class ReportMigrationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Two example steps of a format at version 3: 1 → 2 renames a field, 2 → 3 wraps a value. */
    private static final UnaryOperator<ObjectNode> RENAME = root -> {
        root.set("conclusion", root.remove("verdict"));
        return root;
    };
    private static final UnaryOperator<ObjectNode> WRAP = root -> {
        ObjectNode conclusion = JSON.createObjectNode().put("decision", root.get("conclusion").asText());
        root.set("conclusion", conclusion);
        return root;
    };

    @Test
    void runsEveryStepFromTheFilesVersionInOrder() throws Exception {
        ReportMigrations migrations = new ReportMigrations(List.of(RENAME, WRAP), 3);
        ObjectNode v1 = (ObjectNode) JSON.readTree("{\"version\": 1, \"verdict\": \"ship\"}");
        ObjectNode migrated = migrations.migrate(v1, 1);
        assertThat(migrated.toString()).isEqualTo("{\"version\":3,\"conclusion\":{\"decision\":\"ship\"}}");
    }

    @Test
    void startsAtTheFilesVersion() throws Exception {
        ReportMigrations migrations = new ReportMigrations(List.of(RENAME, WRAP), 3);
        ObjectNode v2 = (ObjectNode) JSON.readTree("{\"version\": 2, \"conclusion\": \"dont_ship\"}");
        assertThat(migrations.migrate(v2, 2).toString())
                .isEqualTo("{\"version\":3,\"conclusion\":{\"decision\":\"dont_ship\"}}");
    }

    @Test
    void needsOneStepPerVersionAndNoFutureVersion() {
        assertThatThrownBy(() -> new ReportMigrations(List.of(RENAME), 3)).isInstanceOf(IllegalArgumentException.class);
        ReportMigrations migrations = new ReportMigrations(List.of(RENAME, WRAP), 3);
        assertThatThrownBy(() -> migrations.migrate(JSON.createObjectNode(), 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStandardChainEndsAtTheCurrentFormatVersion() {
        assertThat(ReportMigrations.STANDARD.currentVersion()).isEqualTo(ReportJson.CURRENT_VERSION);
    }
}
