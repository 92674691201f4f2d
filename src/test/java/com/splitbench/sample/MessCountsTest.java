package com.splitbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.splitbench.sample.IndependentCounts.Assignment;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The messiness counted from the committed files alone equals the counts in the manifest. */
class MessCountsTest {

    private static final List<String> EXPERIMENTS = List.of("checkout_redesign", "onboarding_flow", "pricing_page");

    private final IndependentCounts counts = CommittedSample.counts();
    private final JsonNode mess = CommittedSample.manifest().get("mess").get("counts");

    @Test
    void duplicateRowsMatchTheManifest() {
        int duplicateAssignments = counts.duplicateAssignmentRowsByExperiment.values().stream()
                .mapToInt(Integer::intValue).sum();
        assertThat(duplicateAssignments).isPositive().isEqualTo(mess.get("duplicate_assignment_rows").asInt());
        assertThat(counts.duplicateEventRows).isPositive().isEqualTo(mess.get("duplicate_event_rows").asLong());
        for (String key : EXPERIMENTS) {
            JsonNode experiment = CommittedSample.experiment(key);
            assertThat(counts.assignmentRowsByExperiment.get(key)).isEqualTo(experiment.get("assignment_rows").asInt());
            assertThat(counts.duplicateAssignmentRowsByExperiment.get(key))
                    .isEqualTo(experiment.get("duplicate_assignment_rows").asInt());
        }
    }

    @Test
    void usersInTwoVariantsMatchTheManifest() {
        long total = 0;
        for (String key : EXPERIMENTS) {
            long multi = counts.experiment(key).values().stream().filter(a -> a.variants.size() > 1).count();
            assertThat(multi).as(key).isPositive()
                    .isEqualTo(CommittedSample.experiment(key).get("multi_variant_users").asLong());
            total += multi;
        }
        assertThat(total).isEqualTo(mess.get("multi_variant_users").asLong());
    }

    @Test
    void eventsBeforeExposureAndFromUnassignedUsersMatchTheManifest() {
        for (String key : EXPERIMENTS) {
            JsonNode experiment = CommittedSample.experiment(key);
            assertThat(counts.eventsBefore.get(key)).as(key)
                    .isEqualTo(experiment.get("events_before_exposure").asLong());
            assertThat(counts.eventsAtOrAfter.get(key)).as(key)
                    .isEqualTo(experiment.get("events_at_or_after_exposure").asLong());
            assertThat(counts.eventsFromUnassigned.get(key)).as(key)
                    .isEqualTo(experiment.get("events_from_unassigned_users").asLong());
        }
        assertThat(counts.eventsFromNeverAssignedUsers).isPositive()
                .isEqualTo(mess.get("events_from_never_assigned_users").asLong());
        assertThat((long) counts.neverAssignedUsers.size()).isEqualTo(mess.get("never_assigned_users").asLong());
    }

    @Test
    void userCountsPerVariantMatchTheManifest() {
        for (String key : EXPERIMENTS) {
            Map<String, Assignment> users = counts.experiment(key);
            assertThat((long) users.size()).isEqualTo(CommittedSample.experiment(key).get("assigned_users").asLong());
            for (JsonNode variant : CommittedSample.experiment(key).get("variants")) {
                String name = variant.get("name").asText();
                assertThat(users.values().stream().filter(a -> a.firstVariant.equals(name)).count())
                        .isEqualTo(variant.get("users_by_first_assignment").asLong());
                assertThat(users.values().stream().filter(a -> a.variants.equals(java.util.Set.of(name))).count())
                        .isEqualTo(variant.get("analysed_users").asLong());
            }
        }
    }

    @Test
    void timestampSpellingsAreMixedAsTheManifestSays() {
        JsonNode formats = CommittedSample.manifest().get("timestamp_formats");
        for (String label : List.of("iso_utc", "iso_offset", "local_micros", "epoch_millis")) {
            assertThat(counts.assignmentFormats.get(label)).as(label).isPositive()
                    .isEqualTo(formats.get("assignments.csv.gz").get(label).asLong());
            assertThat(counts.eventFormats.get(label)).as(label).isPositive()
                    .isEqualTo(formats.get("events.csv.gz").get(label).asLong());
        }
    }

    @Test
    void contextFieldsAreRfc4180QuotedJsonObjects() throws IOException {
        List<String> lines = ExportFiles.lines(CommittedSample.ASSIGNMENTS);
        ObjectMapper json = new ObjectMapper();
        boolean sawCampaignWithComma = false;
        boolean sawCampaignWithQuotes = false;
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = ExportFiles.parseCsvRecord(line);
            assertThat(fields).hasSize(5);
            JsonNode context = json.readTree(fields.get(4));
            assertThat(context.isObject()).isTrue();
            assertThat(context.get("device").asText()).isIn("mobile", "tablet", "desktop");
            assertThat(context.get("platform").asText()).isIn("ios", "android", "web");
            assertThat(context.get("country").asText()).hasSize(2);
            String campaign = context.path("campaign").asText("");
            sawCampaignWithComma |= campaign.contains(",");
            sawCampaignWithQuotes |= campaign.contains("\"");
        }
        assertThat(sawCampaignWithComma).isTrue();
        assertThat(sawCampaignWithQuotes).isTrue();
    }

    @Test
    void jsonLinesCopyHoldsTheSameRowsAsTheCsv() throws IOException {
        List<String> csv = ExportFiles.lines(CommittedSample.ASSIGNMENTS);
        List<String> jsonLines = ExportFiles.lines(CommittedSample.ASSIGNMENTS_JSONL);
        assertThat(jsonLines).hasSize(csv.size() - 1);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < jsonLines.size(); i++) {
            List<String> fields = ExportFiles.parseCsvRecord(csv.get(i + 1));
            JsonNode row = json.readTree(jsonLines.get(i));
            assertThat(row.get("user_id").asText()).isEqualTo(fields.get(0));
            assertThat(row.get("experiment_id").asText()).isEqualTo(fields.get(1));
            assertThat(row.get("variant").asText()).isEqualTo(fields.get(2));
            assertThat(row.get("assigned_at").asText()).isEqualTo(fields.get(3));
            assertThat(row.get("context")).isEqualTo(json.readTree(fields.get(4)));
        }
    }

    @Test
    void userTableAgreesWithTheEventsForEveryAnalysedUser() throws IOException {
        List<String> lines = ExportFiles.lines(CommittedSample.USER_TABLE);
        assertThat(lines.get(0)).startsWith("user_id,variant,").endsWith(",converted,added_to_cart,pre_converted");
        Map<String, Assignment> users = counts.experiment("checkout_redesign");
        long converted = 0;
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = ExportFiles.parseCsvRecord(line);
            Assignment assignment = users.get(fields.get(0));
            assertThat(assignment.variants).containsExactly(fields.get(1));
            String convertedFlag = fields.get(13);
            assertThat(convertedFlag).isIn("TRUE", "FALSE");
            assertThat(convertedFlag.equals("TRUE")).isEqualTo(assignment.converted);
            assertThat(convertedFlag.equals("TRUE")).isEqualTo(Integer.parseInt(fields.get(7)) > 0);
            converted += convertedFlag.equals("TRUE") ? 1 : 0;
        }
        long analysed = users.values().stream().filter(a -> a.variants.size() == 1).count();
        assertThat((long) lines.size() - 1).isEqualTo(analysed);
        long manifestConverters = 0;
        for (JsonNode variant : CommittedSample.experiment("checkout_redesign").get("variants")) {
            manifestConverters += variant.get("converters").asLong();
        }
        assertThat(converted).isEqualTo(manifestConverters);
    }
}
