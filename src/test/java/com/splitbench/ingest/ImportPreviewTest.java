package com.splitbench.ingest;

import static com.splitbench.testing.ExportFiles.gzip;
import static com.splitbench.testing.ExportFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.common.UserFacingException;
import com.splitbench.ingest.mapping.ColumnRole;
import com.splitbench.workspace.ImportShape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPreviewTest {

    @TempDir
    Path temp;

    @Test
    void readsTheFirstRowsOfAGzippedCsvWithQuotedContextAsTheImporterDoes() throws Exception {
        Path file = gzip(temp, "a.csv.gz", "\uFEFFuser_id,experiment_id,variant,assigned_at,context\r\n"
                + "u1,checkout,control,2024-03-01T10:00:00Z,\"{\"\"device\"\":\"\"ios, v2\"\"}\"\r\n"
                + "u2,checkout,treatment,1709290800,\r\n"
                + "u3,checkout,treatment,1709290801,\r\n");

        ImportPreview preview = ImportPreview.read(file, 2, (byte) 0);

        assertThat(preview.format()).isEqualTo("csv+gzip");
        assertThat(preview.header()).containsExactly("user_id", "experiment_id", "variant", "assigned_at", "context");
        assertThat(preview.rows()).containsExactly(
                List.of("u1", "checkout", "control", "2024-03-01T10:00:00Z", "{\"device\":\"ios, v2\"}"),
                List.of("u2", "checkout", "treatment", "1709290800", ""));
        assertThat(preview.detectedShape()).isEqualTo(ImportShape.ASSIGNMENTS);
        assertThat(preview.mapping(ImportShape.ASSIGNMENTS, Map.of())).containsEntry(ColumnRole.UNIT, "user_id")
                .containsEntry(ColumnRole.EXPERIMENT, "experiment_id").containsEntry(ColumnRole.TIME, "assigned_at")
                .containsEntry(ColumnRole.CONTEXT, "context");
    }

    @Test
    void detectsEventsByAnEventColumnAndPerUserTablesByMetricColumns() throws Exception {
        Path events = write(temp, "e.tsv", "visitor_id\tevent_name\trevenue\tts\nv1\tpurchase\t9.5\t1709290800\n");
        Path cookies = write(temp, "cookie_cats.csv", "userid,version,sum_gamerounds,retention_1,retention_7\n"
                + "116,gate_30,3,FALSE,FALSE\n337,gate_30,38,TRUE,FALSE\n");
        Path page = write(temp, "page.csv", "user_id,timestamp,group,page_design,subscribed\n"
                + "1,1683500000000000,control,old,0\n2,1683500001000000,experimental,new,1\n");

        assertThat(ImportPreview.read(events, 10, (byte) 0).detectedShape()).isEqualTo(ImportShape.EVENTS);
        ImportPreview cookiePreview = ImportPreview.read(cookies, 10, (byte) 0);
        assertThat(cookiePreview.detectedShape()).isEqualTo(ImportShape.USERS);
        assertThat(cookiePreview.numericColumns()).contains("sum_gamerounds", "retention_1", "retention_7")
                .doesNotContain("version");
        assertThat(ImportPreview.read(page, 10, (byte) 0).detectedShape()).isEqualTo(ImportShape.USERS);
    }

    @Test
    void treatsAnAssignmentFileWithNumericExtraColumnsAsAPerUserTable() throws Exception {
        Path file = write(temp, "t.csv", "user_id,experiment,variant,timestamp,revenue\n"
                + "u1,x,a,2024-03-01T10:00:00Z,12.5\n");

        assertThat(ImportPreview.read(file, 10, (byte) 0).detectedShape()).isEqualTo(ImportShape.USERS);
    }

    @Test
    void padsJsonLinesRowsToEveryKeySeen() throws Exception {
        Path file = write(temp, "a.jsonl", "{\"user_id\":\"u1\",\"experiment\":\"x\",\"variant\":\"a\","
                + "\"timestamp\":1709290800000}\n{\"user_id\":\"u2\",\"experiment\":\"x\",\"variant\":\"b\","
                + "\"timestamp\":1709290800001,\"context\":{\"device\":\"web\"}}\n");

        ImportPreview preview = ImportPreview.read(file, 10, (byte) 0);

        assertThat(preview.format()).isEqualTo("jsonl");
        assertThat(preview.header()).contains("context");
        assertThat(preview.rows()).allSatisfy(row -> assertThat(row).hasSize(preview.header().size()));
        assertThat(preview.detectedShape()).isEqualTo(ImportShape.ASSIGNMENTS);
    }

    @Test
    void refusesWhatTheImporterRefusesWithTheSameMessage() throws Exception {
        Path empty = Files.writeString(temp.resolve("empty.csv"), "");
        Path binary = Files.write(temp.resolve("b.csv"), new byte[] {1, 2, 0, 4, 5});

        assertThatThrownBy(() -> ImportPreview.read(empty, 10, (byte) 0)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("empty.csv is empty");
        assertThatThrownBy(() -> ImportPreview.read(binary, 10, (byte) 0)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("not a text file");
        assertThatThrownBy(() -> ImportPreview.read(temp.resolve("gone.csv"), 10, (byte) 0))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("File not found");
    }
}
