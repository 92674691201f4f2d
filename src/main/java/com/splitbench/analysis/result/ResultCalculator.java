package com.splitbench.analysis.result;

import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.model.StatisticType;
import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.Correction;
import com.splitbench.spec.InvalidSpecException;
import com.splitbench.spec.MetricRole;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.comparison.ComparisonOptions;
import com.splitbench.stats.comparison.ComparisonResult;
import com.splitbench.stats.correction.AdjustedHypothesis;
import com.splitbench.stats.correction.Hypothesis;
import com.splitbench.stats.correction.MultipleTestingCorrection;
import com.splitbench.stats.srm.SrmResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Computes the results table from sufficient statistics and settings. Pure and fast: it is what runs when the
 * user switches baseline, correction, CUPED, sequential, Bayesian or segment, and when a report is re-opened.
 *
 * <p>The multiple-testing family is the goal metrics × treatment variants (within each segment when the results
 * are broken down); guardrail and secondary metrics are left out of it.
 */
public final class ResultCalculator {

    private ResultCalculator() {
    }

    public static AnalysisResult calculate(ExperimentStatistics stats, AnalysisSpec spec) {
        AnalysisSettings settings = spec.settings();
        List<String> variants = stats.variants();
        String control = spec.experiment().controlFor(new HashSet<>(variants));
        Outcome<SrmResult> srm = SrmChecks.check(spec.experiment(), variants, stats.users(), settings.srmThreshold());
        List<ResultRow> rows = new ArrayList<>();
        Map<String, Outcome<SrmResult>> segmentSrm = new LinkedHashMap<>();
        Optional<String> dimension = settings.segment();
        if (dimension.isPresent()) {
            Map<String, List<Long>> segments = stats.segments().get(dimension.get());
            if (segments == null) {
                throw new InvalidSpecException("Cannot break results down by '" + dimension.get()
                        + "': the dimensions with few enough values are " + stats.segments().keySet() + ".");
            }
            for (Map.Entry<String, List<Long>> segment : segments.entrySet()) {
                String value = segment.getKey();
                segmentSrm.put(value, SrmChecks.check(spec.experiment(), variants, segment.getValue(),
                        settings.srmThreshold()));
                rows.addAll(group(stats, settings, control, Optional.of(value),
                        metric -> metric.segments().getOrDefault(dimension.get(), Map.of()).get(value)));
            }
        } else {
            rows.addAll(group(stats, settings, control, Optional.empty(), MetricStatistics::overall));
        }
        return new AnalysisResult(spec, stats, control, srm, dimension, segmentSrm, rows);
    }

    /** The rows of one group (the whole experiment, or one segment), with the correction applied within it. */
    private static List<ResultRow> group(ExperimentStatistics stats, AnalysisSettings settings, String control,
            Optional<String> segment, Function<MetricStatistics, List<Moments>> momentsOf) {
        List<String> variants = stats.variants();
        int c = variants.indexOf(control);
        List<RowDraft> drafts = new ArrayList<>();
        for (MetricStatistics metric : stats.metrics()) {
            List<Moments> moments = momentsOf.apply(metric);
            if (moments == null) {
                moments = variants.stream().map(v -> Moments.EMPTY).toList();
            }
            boolean cuped = settings.cupedEnabled() && metric.hasCovariate() && metric.type() != StatisticType.RATIO;
            ComparisonOptions options = PairComparison.options(settings, metric.type(), moments, cuped);
            drafts.add(RowDraft.control(metric, control, segment, moments.get(c)));
            for (int v = 0; v < variants.size(); v++) {
                if (v == c) {
                    continue;
                }
                ComparisonResult comparison = PairComparison.compare(metric.type(), moments.get(c), moments.get(v),
                        cuped, options);
                boolean inFamily = settings.correction() != Correction.NONE
                        && metric.definition().role() == MetricRole.GOAL;
                drafts.add(RowDraft.treatment(metric, variants.get(v), segment, moments.get(v), comparison,
                        inFamily));
            }
        }
        List<Hypothesis> family = new ArrayList<>();
        for (RowDraft draft : drafts) {
            if (draft.inFamily()) {
                family.add(draft.hypothesis());
            }
        }
        List<AdjustedHypothesis> adjusted = MultipleTestingCorrection.adjust(family,
                ArmSummaries.correction(settings.correction()));
        List<ResultRow> rows = new ArrayList<>();
        int next = 0;
        for (RowDraft draft : drafts) {
            rows.add(draft.inFamily() ? draft.toRow(Optional.of(adjusted.get(next++))) : draft.toRow(Optional.empty()));
        }
        return rows;
    }
}
