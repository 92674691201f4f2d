package com.splitbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.common.UserFacingException;
import com.splitbench.spec.AnalysisSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved data sources (rename and delete) and the list of experiments with a saved definition. */
class DefinitionRepositoryTest {

    @TempDir
    Path temp;

    @Test
    void renamingASourceReplacesItUnderTheNewNameAndSurvivesReopening() {
        Path dir = temp.resolve("ws");
        try (Workspace workspace = Workspace.create(dir)) {
            DefinitionRepository definitions = new DefinitionRepository(workspace);
            definitions.saveDataSource("dw", "{\"name\":\"dw\"}");
            definitions.saveDataSource("lake", "{\"name\":\"lake\"}");
            definitions.renameDataSource("dw", "warehouse", "{\"name\":\"warehouse\"}");
            assertThat(definitions.dataSourceNames()).containsExactly("lake", "warehouse");
            assertThat(definitions.dataSource("warehouse")).contains("{\"name\":\"warehouse\"}");
            assertThat(definitions.dataSource("dw")).isEmpty();
        }
        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(new DefinitionRepository(workspace).dataSourceNames()).containsExactly("lake", "warehouse");
        }
    }

    @Test
    void renamingOntoAnotherSavedSourceIsRefusedAndChangesNothing() {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            DefinitionRepository definitions = new DefinitionRepository(workspace);
            definitions.saveDataSource("dw", "{\"name\":\"dw\"}");
            definitions.saveDataSource("lake", "{\"name\":\"lake\"}");
            assertThatThrownBy(() -> definitions.renameDataSource("dw", "lake", "{\"name\":\"lake\",\"x\":1}"))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("already a data source named 'lake'");
            assertThat(definitions.dataSource("dw")).contains("{\"name\":\"dw\"}");
            assertThat(definitions.dataSource("lake")).contains("{\"name\":\"lake\"}");
            // Saving a source under its own name through rename just replaces it.
            definitions.renameDataSource("dw", "dw", "{\"name\":\"dw\",\"x\":2}");
            assertThat(definitions.dataSource("dw")).contains("{\"name\":\"dw\",\"x\":2}");
        }
    }

    @Test
    void deletingASourceRemovesOnlyThatOne() {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            DefinitionRepository definitions = new DefinitionRepository(workspace);
            definitions.saveDataSource("dw", "{\"name\":\"dw\"}");
            definitions.saveDataSource("lake", "{\"name\":\"lake\"}");
            assertThat(definitions.deleteDataSource("dw")).isTrue();
            assertThat(definitions.deleteDataSource("dw")).isFalse();
            assertThat(definitions.dataSourceNames()).containsExactly("lake");
        }
    }

    @Test
    void listsTheExperimentsWithASavedDefinition() {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            DefinitionRepository definitions = new DefinitionRepository(workspace);
            assertThat(definitions.definedExperimentKeys()).isEmpty();
            definitions.saveExperiment(AnalysisSpec.automatic("pricing"));
            definitions.saveExperiment(AnalysisSpec.automatic("checkout"));
            assertThat(definitions.definedExperimentKeys()).containsExactly("checkout", "pricing");
        }
    }
}
