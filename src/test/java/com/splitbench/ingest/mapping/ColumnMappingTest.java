package com.splitbench.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.common.UserFacingException;
import com.splitbench.workspace.ImportShape;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    private static final Map<ColumnRole, String> NONE = new EnumMap<>(ColumnRole.class);

    @Test
    void mapsTheRealExportHeadersBySynonym() {
        ColumnMapping cookies = ColumnMapping.resolve(
                List.of("userid", "version", "sum_gamerounds", "retention_1", "retention_7"), ImportShape.USERS, NONE,
                true, "cookie_cats.csv");
        assertThat(cookies.describe())
                .isEqualTo("unit=userid, variant=version, extra=sum_gamerounds|retention_1|retention_7");
        ColumnMapping page = ColumnMapping.resolve(List.of("user_id", "timestamp", "group", "page_design",
                "subscribed"), ImportShape.USERS, NONE, true, "page.csv");
        assertThat(page.describe()).isEqualTo("unit=user_id, variant=group, time=timestamp, extra=page_design|subscribed");
        ColumnMapping buttons = ColumnMapping.resolve(List.of("User_ID", "Variant", "Clicks", "Conversions"),
                ImportShape.USERS, NONE, true, "buttons.csv");
        assertThat(buttons.describe()).isEqualTo("unit=User_ID, variant=Variant, extra=Clicks|Conversions");
    }

    @Test
    void mapsAssignmentAndEventSynonyms() {
        ColumnMapping assignments = ColumnMapping.resolve(List.of("distinct_id", "experiment_key", "variation_id",
                "assigned_at", "properties", "plan"), ImportShape.ASSIGNMENTS, NONE, false, "a.csv");
        assertThat(assignments.describe()).isEqualTo("unit=distinct_id, experiment=experiment_key,"
                + " variant=variation_id, time=assigned_at, context=properties, extra=plan");
        ColumnMapping events = ColumnMapping.resolve(List.of("anonymous_id", "event_name", "revenue", "received_at"),
                ImportShape.EVENTS, NONE, false, "e.csv");
        assertThat(events.column(ColumnRole.EXPERIMENT)).isEqualTo(-1);
        assertThat(events.describe()).isEqualTo("unit=anonymous_id, time=received_at, event=event_name, value=revenue");
    }

    @Test
    void explicitMappingsWinOverSynonyms() {
        Map<ColumnRole, String> explicit = new EnumMap<>(ColumnRole.class);
        explicit.put(ColumnRole.UNIT, "visitor");
        explicit.put(ColumnRole.TIME, "TS2");
        ColumnMapping mapping = ColumnMapping.resolve(List.of("user_id", "visitor", "event", "ts", "ts2"),
                ImportShape.EVENTS, explicit, false, "e.csv");
        assertThat(mapping.describe()).isEqualTo("unit=visitor, time=ts2, event=event, extra=user_id|ts");
    }

    @Test
    void namesTheMissingColumnAndWhatToDo() {
        assertThatThrownBy(() -> ColumnMapping.resolve(List.of("user_id", "variant", "timestamp"),
                ImportShape.ASSIGNMENTS, NONE, false, "a.csv"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("a.csv has no experiment column")
                .hasMessageContaining("--experiment KEY");
        assertThatThrownBy(() -> ColumnMapping.resolve(List.of("user_id;variant;timestamp"), ImportShape.USERS, NONE,
                true, "u.csv")).hasMessageContaining("is the delimiter right?");
        Map<ColumnRole, String> explicit = new EnumMap<>(ColumnRole.class);
        explicit.put(ColumnRole.UNIT, "nope");
        assertThatThrownBy(() -> ColumnMapping.resolve(List.of("user_id", "variant"), ImportShape.USERS, explicit,
                true, "u.csv")).hasMessageContaining("no column 'nope'");
        // `--map variant` (no =COLUMN) maps the role to no column; the message used to say the file had none.
        Map<ColumnRole, String> none = new EnumMap<>(ColumnRole.class);
        none.put(ColumnRole.VARIANT, "");
        assertThatThrownBy(() -> ColumnMapping.resolve(List.of("user_id", "variant"), ImportShape.USERS, none,
                true, "u.csv")).hasMessageContaining("u.csv: the variant column is set to none (--map variant"
                        + " without =COLUMN)").hasMessageContaining("--map variant=COLUMN");
    }

    @Test
    void detectsWhatIsThereWithoutFailingOnMissingRoles() {
        Map<ColumnRole, String> found = ColumnMapping.detect(List.of("user_id", "variant", "revenue"),
                ImportShape.ASSIGNMENTS, NONE);

        assertThat(found).containsExactly(Map.entry(ColumnRole.UNIT, "user_id"),
                Map.entry(ColumnRole.VARIANT, "variant"));
        assertThat(ColumnMapping.requiredRoles(ImportShape.USERS, true))
                .containsExactlyInAnyOrder(ColumnRole.UNIT, ColumnRole.VARIANT);
    }

    @Test
    void anEmptyExplicitMappingMeansTheRoleHasNoColumn() {
        Map<ColumnRole, String> explicit = new EnumMap<>(ColumnRole.class);
        explicit.put(ColumnRole.VALUE, "");

        ColumnMapping mapping = ColumnMapping.resolve(List.of("user_id", "event", "value", "ts"), ImportShape.EVENTS,
                explicit, false, "e.csv");

        assertThat(mapping.column(ColumnRole.VALUE)).isEqualTo(-1);
        assertThat(mapping.describe()).isEqualTo("unit=user_id, time=ts, event=event, extra=value");
        Map<ColumnRole, String> noUnit = new EnumMap<>(ColumnRole.class);
        noUnit.put(ColumnRole.UNIT, "");
        assertThatThrownBy(() -> ColumnMapping.resolve(List.of("user_id", "event", "ts"), ImportShape.EVENTS, noUnit,
                false, "e.csv")).hasMessageContaining("e.csv: the unit column is set to none");
    }
}
