package com.splitbench.analysis;

import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultCalculator;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.MetricDefinition;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Runs analyses for the window, the command line and reports. The expensive step (per-user → sufficient
 * statistics) is cached per experiment, date range, metric definitions and data version, so switching baseline,
 * segment, correction, CUPED, sequential or the Bayesian view only recomputes results from cached moments.
 *
 * <p>Thread-safe: computations are serialised (a workspace is read by one thread at a time); cached results are
 * immutable.
 */
public final class AnalysisService {

    private static final int CACHE_SIZE = 8;

    private final SufficientStatisticsEngine engine;
    private final LongSupplier dataVersion;
    private final StatisticsStore store;
    private final Map<CacheKey, ExperimentStatistics> cache = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<CacheKey, ExperimentStatistics> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** What identifies one computation of sufficient statistics. */
    private record CacheKey(String experiment, Optional<Instant> from, Optional<Instant> to,
            List<MetricDefinition> metrics, boolean timeSeries, long dataVersion) {
    }

    /**
     * @param engine the per-user → sufficient-statistics step
     * @param dataVersion the version of the data the engine reads; a new import invalidates cached statistics
     */
    public AnalysisService(SufficientStatisticsEngine engine, LongSupplier dataVersion) {
        this(engine, dataVersion, StatisticsStore.NONE);
    }

    /**
     * @param store where statistics with time series are also looked for before the data is read, and kept after;
     *              statistics without series (a quicker scan the command line uses) are never kept
     */
    public AnalysisService(SufficientStatisticsEngine engine, LongSupplier dataVersion, StatisticsStore store) {
        this.engine = engine;
        this.dataVersion = dataVersion;
        this.store = store;
    }

    /** The spec with its metrics resolved: the automatic metrics of the data when the spec names none. */
    public synchronized AnalysisSpec resolve(AnalysisSpec spec) {
        if (!spec.metrics().isEmpty()) {
            return spec;
        }
        return spec.withMetrics(engine.automaticMetrics(spec.experiment().key()));
    }

    /** The sufficient statistics for a spec, time series included, from the cache when the data has not changed. */
    public ExperimentStatistics statistics(AnalysisSpec spec, AnalysisMonitor monitor) {
        return statistics(spec, monitor, true);
    }

    /**
     * The sufficient statistics for a spec. Without {@code timeSeries} the daily series may be left empty, which
     * halves the work of a warehouse analysis that only prints a table; statistics cached with series serve both.
     */
    public synchronized ExperimentStatistics statistics(AnalysisSpec spec, AnalysisMonitor monitor,
            boolean timeSeries) {
        AnalysisSpec resolved = resolve(spec);
        ExperimentStatistics cached = cache.get(key(resolved, true));
        if (cached == null && !timeSeries) {
            cached = cache.get(key(resolved, false));
        }
        if (cached != null) {
            return cached;
        }
        // Covariates are always gathered for metrics that configure CUPED, so the settings' CUPED switch is a
        // results-level choice that never needs a rescan.
        StatisticsRequest request = new StatisticsRequest(resolved.experiment(), resolved.metrics(), true,
                timeSeries);
        long version = dataVersion.getAsLong();
        Optional<ExperimentStatistics> kept = timeSeries ? store.load(request, version) : Optional.empty();
        if (kept.isPresent()) {
            cache.put(key(resolved, true), kept.get());
            return kept.get();
        }
        ExperimentStatistics computed = engine.compute(request, monitor);
        cache.put(key(resolved, timeSeries), computed);
        if (timeSeries) {
            store.save(request, version, computed);
        }
        return computed;
    }

    /** Analyses: statistics (cached) and then results under the spec's settings. */
    public AnalysisResult analyze(AnalysisSpec spec, AnalysisMonitor monitor) {
        return analyze(spec, monitor, true);
    }

    /** Analyses, with or without building the time series (see {@link #statistics(AnalysisSpec, AnalysisMonitor,
     * boolean)}). */
    public AnalysisResult analyze(AnalysisSpec spec, AnalysisMonitor monitor, boolean timeSeries) {
        AnalysisSpec resolved = resolve(spec);
        return ResultCalculator.calculate(statistics(resolved, monitor, timeSeries), resolved);
    }

    private CacheKey key(AnalysisSpec resolved, boolean timeSeries) {
        return new CacheKey(resolved.experiment().key(), resolved.experiment().from(), resolved.experiment().to(),
                resolved.metrics(), timeSeries, dataVersion.getAsLong());
    }

    /** Whether statistics for this spec are cached for the current data (then results come back in milliseconds). */
    public synchronized boolean isCached(AnalysisSpec spec) {
        return cache.containsKey(key(resolve(spec), true));
    }
}
