package com.splitbench.sample;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code manifest.json}: the design, the planted truth and the exact counts of what was written. Field order
 * is fixed and the line end is always LF, so that the same seed gives the same bytes on every machine.
 */
final class ManifestWriter {

    static final String NAME = "manifest.json";
    static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper();

    void write(SampleExport export, SampleFiles layout) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        root.put("generator", SampleExportGenerator.class.getName());
        root.put("seed", export.seed());
        root.put("users", export.size().users());
        root.put("target_events", export.size().events());
        root.put("regenerate", "java -jar target/splitbench.jar sample --out DIR --seed " + export.seed()
                + " --users " + export.size().users() + " --events " + export.size().events()
                + (layout.equals(SampleFiles.PLAIN) ? " --plain" : ""));
        ObjectNode period = root.putObject("period");
        period.put("pre_start", SampleScenario.PRE_START.toString());
        period.put("start", SampleScenario.START.toString());
        period.put("end", SampleScenario.END.toString());
        ArrayNode files = root.putArray("files");
        for (WrittenFile file : export.files()) {
            ObjectNode node = files.addObject();
            node.put("name", file.name());
            node.put("rows", file.rows());
            node.put("content_sha256", file.contentSha256());
        }
        ObjectNode totals = root.putObject("totals");
        totals.put("users", export.users());
        totals.put("assignment_rows", export.assignmentRows());
        totals.put("event_rows", export.eventRows());
        root.set("behaviour", behaviour());
        ArrayNode experiments = root.putArray("experiments");
        List<ExperimentCounts> counts = export.experiments();
        for (int k = 0; k < counts.size(); k++) {
            experiments.add(experiment(k, counts.get(k)));
        }
        root.set("mess", mess(export.mess()));
        ObjectNode formats = root.putObject("timestamp_formats");
        export.timestampFormats().forEach((file, byFormat) -> {
            ObjectNode node = formats.putObject(file);
            byFormat.forEach(node::put);
        });
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        String json = mapper.writer(printer).writeValueAsString(root) + "\n";
        Files.writeString(export.directory().resolve(NAME), json, StandardCharsets.UTF_8);
    }

    private ObjectNode behaviour() {
        ObjectNode node = mapper.createObjectNode();
        node.put("base_conversion", SampleScenario.BASE_CONVERSION);
        node.put("pre_period_conversion", SampleScenario.PRE_CONVERSION);
        node.put("purchases_per_converter", 1 + SampleScenario.EXTRA_PURCHASES_MEAN);
        node.put("purchase_value_median", SampleScenario.REVENUE_MEDIAN);
        node.put("purchase_value_log_sigma", SampleScenario.REVENUE_SIGMA);
        node.put("purchase_value_mean_without_whales", SampleScenario.meanPurchaseValueWithoutWhales());
        node.put("purchase_value_mean", SampleScenario.meanPurchaseValue());
        node.put("whale_multiplier_min", SampleScenario.WHALE_MIN_MULTIPLIER);
        node.put("whale_multiplier_max", SampleScenario.WHALE_MAX_MULTIPLIER);
        node.put("experiment_tag_rate", SampleScenario.EXPERIMENT_TAG_RATE);
        return node;
    }

    private ObjectNode experiment(int k, ExperimentCounts counts) {
        ExperimentDesign design = SampleScenario.EXPERIMENTS.get(k);
        ObjectNode node = mapper.createObjectNode();
        node.put("key", design.key());
        node.put("planted_effect", design.plantedEffect());
        node.put("eligibility", design.eligibility());
        ArrayNode losses = node.putArray("assignment_losses");
        for (AssignmentLoss loss : design.losses()) {
            losses.addObject().put("variant", loss.variant()).put("platform", loss.platform().label())
                    .put("rate", loss.rate());
        }
        node.put("assignment_rows", counts.assignmentRows());
        node.put("duplicate_assignment_rows", counts.duplicateAssignmentRows());
        node.put("lost_assignment_rows", counts.lostAssignmentRows());
        node.put("assigned_users", counts.assignedUsers());
        node.put("multi_variant_users", counts.multiVariantUsers());
        node.put("events_before_exposure", counts.eventsBeforeExposure());
        node.put("events_at_or_after_exposure", counts.eventsAtOrAfterExposure());
        node.put("events_from_unassigned_users", counts.eventsFromUnassignedUsers());
        ArrayNode variants = node.putArray("variants");
        for (int v = 0; v < counts.variants().size(); v++) {
            VariantDesign planted = design.variants().get(v);
            VariantCounts realised = counts.variants().get(v);
            ObjectNode variant = variants.addObject();
            variant.put("name", planted.name());
            variant.put("design_weight", planted.designWeight());
            variant.put("conversion_multiplier", planted.conversionMultiplier());
            variant.put("revenue_per_purchase_multiplier", planted.revenuePerPurchaseMultiplier());
            variant.put("true_conversion_rate", PlantedTruth.conversionRate(k, v));
            variant.put("true_mean_purchase_value", PlantedTruth.meanPurchaseValue(k, v));
            variant.put("true_revenue_per_user", PlantedTruth.revenuePerUser(k, v));
            variant.put("users_by_first_assignment", realised.usersByFirstAssignment());
            variant.put("analysed_users", realised.analysedUsers());
            ObjectNode byPlatform = variant.putObject("analysed_users_by_platform");
            realised.analysedUsersByPlatform().forEach(byPlatform::put);
            variant.put("converters", realised.converters());
            variant.put("purchases", realised.purchases());
            variant.put("revenue", BigDecimal.valueOf(realised.revenueCents(), 2));
            variant.put("revenue_with_duplicate_rows", BigDecimal.valueOf(realised.revenueCentsWithDuplicates(), 2));
        }
        return node;
    }

    private ObjectNode mess(MessCounts mess) {
        ObjectNode node = mapper.createObjectNode();
        ObjectNode rates = node.putObject("rates");
        rates.put("duplicate_assignment_row", SampleScenario.DUPLICATE_ASSIGNMENT_ROW_RATE);
        rates.put("duplicate_event_row", SampleScenario.DUPLICATE_EVENT_ROW_RATE);
        rates.put("multi_variant_user", SampleScenario.MULTI_VARIANT_USER_RATE);
        rates.put("event_just_before_exposure", SampleScenario.EVENT_JUST_BEFORE_EXPOSURE_RATE);
        rates.put("whale_purchase", SampleScenario.WHALE_PURCHASE_RATE);
        ObjectNode counts = node.putObject("counts");
        counts.put("duplicate_assignment_rows", mess.duplicateAssignmentRows());
        counts.put("duplicate_event_rows", mess.duplicateEventRows());
        counts.put("multi_variant_users", mess.multiVariantUsers());
        counts.put("lost_assignment_rows", mess.lostAssignmentRows());
        counts.put("events_just_before_exposure", mess.eventsJustBeforeExposure());
        counts.put("never_assigned_users", mess.neverAssignedUsers());
        counts.put("events_from_never_assigned_users", mess.eventsFromNeverAssignedUsers());
        counts.put("whale_purchases", mess.whalePurchases());
        return node;
    }
}
