package com.splitbench.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.analysis.sql.AssignmentSource;
import com.splitbench.analysis.sql.EventSource;
import com.splitbench.analysis.sql.TableMapping;
import com.splitbench.analysis.sql.TimeColumn;
import com.splitbench.analysis.sql.UserTableSource;
import com.splitbench.common.UserFacingException;
import org.junit.jupiter.api.Test;

/** The command-line table mapping options, with their defaults and their messages. */
class TableMappingOptionsTest {

    private static TableMappingOptions options(String assignmentsTable, String assignmentColumns, String eventsQuery,
            String eventColumns) {
        return new TableMappingOptions(assignmentsTable, null, assignmentColumns, "country,device", "ctx",
                "plan", null, eventsQuery, eventColumns, null, null, null, null);
    }

    @Test
    void rolesNotGivenKeepTheirDefaults() {
        TableMapping mapping = options("exposures", "unit=uid,time=ts,time-format=epoch_ms",
                "SELECT * FROM raw_events", "experiment=exp,value=").toMapping();
        AssignmentSource assignments = mapping.assignments().orElseThrow();
        assertThat(assignments.unit()).isEqualTo("uid");
        assertThat(assignments.experiment()).contains("experiment");
        assertThat(assignments.variant()).isEqualTo("variant");
        assertThat(assignments.time()).isEqualTo(TimeColumn.epochMillis("ts"));
        assertThat(assignments.dimensions()).containsExactly("country", "device");
        assertThat(assignments.context().orElseThrow().keys()).containsExactly("plan");
        EventSource events = mapping.events().orElseThrow();
        assertThat(events.relation().describe()).isEqualTo("query");
        assertThat(events.experiment()).contains("exp");
        assertThat(events.value()).isEmpty();
        assertThat(events.eventType()).isEqualTo("event");
        assertThat(mapping.dimensionNames()).containsExactly("country", "device", "plan");
    }

    @Test
    void aPerUserTableNeedsNoAssignmentsOrEvents() {
        TableMapping mapping = new TableMappingOptions(null, null, null, null, null, null, null, null, null,
                "cookie_cats", null, "unit=userid,variant=version", "retention_1,retention_7").toMapping();
        UserTableSource table = mapping.userTable().orElseThrow();
        assertThat(table.unit()).isEqualTo("userid");
        assertThat(table.time()).isEmpty();
        assertThat(table.metricColumns()).containsExactly("retention_1", "retention_7");
        assertThat(mapping.events()).isEmpty();
    }

    @Test
    void wrongOptionsSayWhatToWrite() {
        assertThatThrownBy(() -> options("a", "unit", null, null).toMapping()).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("--assignment-columns").hasMessageContaining("role=column");
        assertThatThrownBy(() -> options("a", "colour=x", null, null).toMapping())
                .hasMessageContaining("unit, experiment, variant, time, time-format");
        assertThatThrownBy(() -> options("a", "time-format=days", null, null).toMapping())
                .hasMessageContaining("epoch_ms");
        assertThatThrownBy(() -> options("a", "unit=user id", null, null).toMapping())
                .hasMessageContaining("not a plain name");
        assertThatThrownBy(() -> new TableMappingOptions(null, null, null, null, null, null, "e", null, null, null,
                null, null, null).toMapping()).hasMessageContaining("--assignments-table");
    }
}
