package com.splitbench.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.AnalysisService;
import com.splitbench.analysis.local.LocalStatisticsEngine;
import com.splitbench.analysis.local.WorkspaceEventData;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.ui.testing.SampleWorkspaces;
import com.splitbench.workspace.DefinitionRepository;
import com.splitbench.workspace.ImportRecord;
import com.splitbench.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first start copies the sample workspace the installer prebuilt, with its imports pointed at the user's own copy
 * of the exports, and imports the exports itself when that copy is of another build or damaged.
 */
class SampleWorkspaceTemplateTest {

    @TempDir
    Path folder;

    private Path template;
    private List<ImportRecord> templateImports;

    @BeforeEach
    void prebuild() {
        // Built by this build, as the installer's training start builds it.
        template = SampleWorkspaces.copyInto(folder.resolve("installed"));
        try (Workspace workspace = Workspace.open(template)) {
            templateImports = workspace.imports();
        }
    }

    private SampleWorkspace firstStart(Optional<Path> prebuilt) throws Exception {
        SampleWorkspace sample = new SampleWorkspace(folder.resolve("home/sample-workspace"), prebuilt);
        sample.build(SampleWorkspaces.QUIET);
        return sample;
    }

    private static AnalysisResult analyse(Path location) {
        try (Workspace workspace = Workspace.open(location)) {
            AnalysisService analysis = new AnalysisService(
                    new LocalStatisticsEngine(new WorkspaceEventData(workspace.eventStore())), workspace::dataVersion);
            return analysis.analyze(ExperimentSpecs.of(new DefinitionRepository(workspace), "checkout_redesign"),
                    AnalysisMonitor.NONE);
        }
    }

    @Test
    void copiesThePrebuiltWorkspaceAndPointsItsImportsAtTheUsersExports() throws Exception {
        SampleWorkspace sample = firstStart(Optional.of(template));

        Path exports = folder.resolve("home/sample-exports").toAbsolutePath().normalize();
        try (Workspace workspace = Workspace.open(sample.location())) {
            List<ImportRecord> imports = workspace.imports();
            assertThat(imports).hasSameSizeAs(templateImports);
            for (int i = 0; i < imports.size(); i++) {
                ImportRecord copy = imports.get(i);
                ImportRecord original = templateImports.get(i);
                assertThat(copy.filePath()).isEqualTo(exports.resolve(copy.fileName()).toString());
                assertThat(Files.size(Path.of(copy.filePath()))).isEqualTo(copy.fileSize());
                // Not imported again: the record is the prebuilt one, start time included.
                assertThat(copy.startedAt()).isEqualTo(original.startedAt());
                assertThat(copy.sha256()).isEqualTo(original.sha256());
                assertThat(copy.rowsImported()).isEqualTo(original.rowsImported());
            }
            assertThat(new DefinitionRepository(workspace).experiment("checkout_redesign")).isPresent();
        }
        assertThat(Files.readString(sample.location().resolve(SampleWorkspace.BUILT_BY_FILE)))
                .isEqualTo(SampleWorkspace.thisBuild());
        assertThat(analyse(sample.location())).isEqualTo(analyse(template));
    }

    @Test
    void importsTheExportsWhenThePrebuiltWorkspaceIsFromAnotherBuild() throws Exception {
        Files.writeString(template.resolve(SampleWorkspace.BUILT_BY_FILE), "0.0.9 built 2026-01-01T00:00:00.000Z");

        SampleWorkspace sample = firstStart(Optional.of(template));

        try (Workspace workspace = Workspace.open(sample.location())) {
            assertThat(workspace.imports()).extracting(ImportRecord::startedAt)
                    .doesNotContainAnyElementsOf(templateImports.stream().map(ImportRecord::startedAt).toList());
            assertThat(workspace.imports()).extracting(ImportRecord::rowsImported)
                    .containsExactlyElementsOf(templateImports.stream().map(ImportRecord::rowsImported).toList());
        }
        assertThat(analyse(sample.location())).isEqualTo(analyse(template));
    }

    @Test
    void importsTheExportsWhenThePrebuiltWorkspaceIsDamaged() throws Exception {
        Path database = template.resolve("workspace.mv.db");
        Files.write(database, java.util.Arrays.copyOf(Files.readAllBytes(database), 4096));

        SampleWorkspace sample = firstStart(Optional.of(template));

        try (Workspace workspace = Workspace.open(sample.location())) {
            assertThat(workspace.imports()).extracting(ImportRecord::rowsImported)
                    .containsExactlyElementsOf(templateImports.stream().map(ImportRecord::rowsImported).toList());
        }
        assertThat(Files.exists(folder.resolve("home/sample-workspace.building"))).isFalse();
    }
}
