package com.splitbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.common.UserFacingException;
import com.splitbench.testing.ChildJvm;
import com.splitbench.testing.WorkspaceHolder;
import com.splitbench.workspace.schema.Migration;
import com.splitbench.workspace.schema.WorkspaceSchema;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path temp;

    @Test
    void createsADirectoryWithMarkerAndSchemaAndReopensIt() {
        Path dir = temp.resolve("new/ws");
        try (Workspace workspace = Workspace.openOrCreate(dir)) {
            assertThat(workspace.schemaVersion()).isEqualTo(WorkspaceSchema.latestVersion());
            assertThat(workspace.dataVersion()).isZero();
            assertThat(workspace.imports()).isEmpty();
            assertThat(workspace.eventStore().unitCount()).isZero();
        }
        assertThat(dir.resolve("workspace.sbw")).content().contains("\"format\" : \"splitbench-workspace\"");
        assertThat(dir.resolve("workspace.mv.db")).exists();
        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.schemaVersion()).isEqualTo(WorkspaceSchema.latestVersion());
        }
    }

    @Test
    void migrationVersionsAreConsecutiveFromOne() {
        int expected = 1;
        for (Migration migration : WorkspaceSchema.MIGRATIONS) {
            assertThat(migration.version()).isEqualTo(expected++);
        }
    }

    @Test
    void refusesAWorkspaceWhoseMarkerSaysItIsNewerAndLeavesItUntouched() throws Exception {
        Path dir = temp.resolve("ws");
        Workspace.create(dir).close();
        Path marker = dir.resolve("workspace.sbw");
        Files.writeString(marker, Files.readString(marker)
                .replace("\"schemaVersion\" : " + WorkspaceSchema.latestVersion(), "\"schemaVersion\" : 99"));
        byte[] before = Files.readAllBytes(dir.resolve("workspace.mv.db"));
        assertThatThrownBy(() -> Workspace.open(dir)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("written by a newer Splitbench").hasMessageContaining("format 99");
        assertThat(Files.readAllBytes(dir.resolve("workspace.mv.db"))).isEqualTo(before);
    }

    @Test
    void refusesAWorkspaceWhoseDatabaseSchemaIsNewerWithoutMigratingIt() throws Exception {
        Path dir = temp.resolve("ws");
        Workspace.create(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("workspace"), "sa", "");
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (42, 'from the future', CURRENT_TIMESTAMP)");
        }
        assertThatThrownBy(() -> Workspace.open(dir)).hasMessageContaining("newer Splitbench");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("workspace"), "sa", "");
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void saysClearlyWhenAnotherProcessHoldsTheWorkspace() throws Exception {
        Path dir = temp.resolve("held");
        Workspace.create(dir).close();
        Process holder = ChildJvm.start(temp, WorkspaceHolder.class.getName(), dir.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).startsWith("open");
            assertThatThrownBy(() -> Workspace.open(dir)).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("is in use by another Splitbench");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.dataVersion()).isZero();
        }
    }

    @Test
    void makesAgainAWorkspaceWhoseCreationWasCutShort() throws Exception {
        // Killed after H2 made its file and before the marker: the schema in place, no marker.
        Path complete = temp.resolve("complete");
        Workspace.create(complete).close();
        Files.delete(complete.resolve(Workspace.MARKER_FILE));
        // Killed during the schema's migration: a database with only part of it.
        Path partial = temp.resolve("partial");
        Files.createDirectories(partial);
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + partial.resolve("workspace"), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE schema_version(version INT PRIMARY KEY)");
        }
        assertThatThrownBy(() -> Workspace.open(partial)).hasMessageContaining("no workspace.sbw");
        for (Path dir : new Path[] {complete, partial}) {
            try (Workspace workspace = Workspace.openOrCreate(dir)) {
                assertThat(workspace.schemaVersion()).isEqualTo(WorkspaceSchema.latestVersion());
            }
            assertThat(dir.resolve(Workspace.MARKER_FILE)).isRegularFile();
        }
    }

    @Test
    void neverClearsAWorkspaceWithoutMarkerThatHoldsWhatAUserMade() throws Exception {
        Path dir = temp.resolve("ws");
        Workspace.create(dir).close();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("workspace"), "sa",
                "");
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO metric_definition VALUES ('revenue', '{}', CURRENT_TIMESTAMP)");
        }
        Files.delete(dir.resolve(Workspace.MARKER_FILE));
        assertThatThrownBy(() -> Workspace.openOrCreate(dir)).hasMessageContaining("no workspace.sbw");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("workspace")
                + ";IFEXISTS=TRUE", "sa", "");
                Statement statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT name FROM metric_definition")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("revenue");
        }
    }

    @Test
    void refusesToCreateAWorkspaceInAFolderWithOtherFiles() throws Exception {
        Files.writeString(temp.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> Workspace.openOrCreate(temp)).hasMessageContaining("no Splitbench workspace");
        assertThatThrownBy(() -> Workspace.create(temp)).hasMessageContaining("not empty");
    }
}
