package com.splitbench.analysis.local;

import com.splitbench.analysis.model.Distribution;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.model.MomentsTable;
import com.splitbench.analysis.model.SeriesPoint;
import com.splitbench.analysis.model.StatisticType;
import com.splitbench.common.UserFacingException;
import com.splitbench.spec.Capping;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import com.splitbench.stats.capping.Percentiles;

/** Turns per-user values of one metric into its {@link MetricStatistics}: overall, per segment, per day. */
final class MetricAssembler {

    private final ExposureIndex index;
    private final SegmentMoments segments;
    private final boolean timeSeries;
    private final long dayOrigin;
    private final int dayCount;
    private final long dataEnd;

    MetricAssembler(ExposureIndex index, SegmentMoments segments, boolean timeSeries, long dayOrigin, int dayCount,
            long dataEnd) {
        this.index = index;
        this.segments = segments;
        this.timeSeries = timeSeries;
        this.dayOrigin = dayOrigin;
        this.dayCount = dayCount;
        this.dataEnd = dataEnd;
    }

    MetricStatistics eventMetric(MetricProgram program, EventScan scan, int m) {
        double[] num = scan.numerator[m];
        double[] den = scan.denominator[m];
        double cap = cap(program.definition, program.absoluteCap(), u -> program.numerator.finish(num[u]),
                index.userCount());
        MetricValues values = new MetricValues(program, cap, scan.covariate[m]);
        SegmentMoments.UserValues perUser = new SegmentMoments.UserValues() {
            @Override
            public double y(int user) {
                return values.y(num[user]);
            }

            @Override
            public double d(int user) {
                return den == null ? 0 : values.d(den[user]);
            }

            @Override
            public double x(int user) {
                return values.covariate(user);
            }
        };
        List<SeriesPoint> calendar = List.of();
        List<SeriesPoint> since = List.of();
        if (timeSeries && scan.logs[m] != null) {
            CumulativeSeries.Series series = new CumulativeSeries(index, program, values, scan.logs[m])
                    .compute(dayOrigin, dayCount, dataEnd, LocalStatisticsEngine.MAX_SERIES_DAYS);
            calendar = series.calendar();
            since = series.sinceExposure();
        }
        return new MetricStatistics(program.definition, program.type, overall(perUser, null).toArrayList(),
                values.hasCovariate(), segments.moments(perUser), calendar, since, capOf(cap),
                Histograms.of(index, perUser::y, program.type == StatisticType.BINARY));
    }

    MetricStatistics columnMetric(MetricDefinition metric, UserTableColumns table, boolean cupedEnabled) {
        double[] y;
        double[] d = null;
        double[] x = null;
        StatisticType type;
        if (metric.kind() instanceof MetricKind.Column c) {
            y = requireColumn(table, c.column(), metric);
            type = table.isBoolean(c.column()) ? StatisticType.BINARY : StatisticType.MEAN;
            if (cupedEnabled && metric.cuped().enabled() && c.covariateColumn() != null) {
                x = requireColumn(table, c.covariateColumn(), metric);
            }
        } else {
            MetricKind.ColumnRatio r = (MetricKind.ColumnRatio) metric.kind();
            y = requireColumn(table, r.numeratorColumn(), metric);
            d = requireColumn(table, r.denominatorColumn(), metric);
            type = StatisticType.RATIO;
        }
        double[] ys = y;
        double cap = type == StatisticType.BINARY ? Double.POSITIVE_INFINITY
                : cap(metric, metric.capping() instanceof Capping.Absolute a ? a.cap() : Double.POSITIVE_INFINITY,
                        u -> ys[index.unit(u)], index.userCount());
        ColumnValues values = new ColumnValues(index, y, d, x, cap);
        List<SeriesPoint> calendar = timeSeries && table.hasTimes() ? staticCalendar(values) : List.of();
        return new MetricStatistics(metric, type, overall(values, values::isComplete).toArrayList(), x != null,
                segments.moments(values.completeOnly()), calendar, List.of(), capOf(cap),
                histogram(values, type));
    }

    private Distribution histogram(ColumnValues values, StatisticType type) {
        return Histograms.of(index, u -> values.isComplete(u) ? values.y(u) : 0, type == StatisticType.BINARY);
    }

    /** Per-user-table values do not change after exposure: each user adds their whole value on their exposure day. */
    private List<SeriesPoint> staticCalendar(ColumnValues values) {
        MomentsTable[] changes = new MomentsTable[dayCount];
        java.util.Arrays.setAll(changes, i -> new MomentsTable(index.variants().size()));
        for (int u = 0; u < index.userCount(); u++) {
            if (values.isComplete(u)) {
                int day = (int) Math.max(0, Math.min(dayCount - 1,
                        Math.floorDiv(index.exposure(u) - dayOrigin, EventScan.DAY_MILLIS)));
                changes[day].addUser(index.variant(u), values.y(u), values.d(u), values.x(u));
            }
        }
        List<SeriesPoint> points = new ArrayList<>();
        MomentsTable cumulative = new MomentsTable(index.variants().size());
        LocalDate first = LocalDate.ofEpochDay(Math.floorDiv(dayOrigin, EventScan.DAY_MILLIS));
        for (int day = 0; day < dayCount; day++) {
            cumulative.addAll(changes[day]);
            points.add(new SeriesPoint(first.plusDays(day).toString(), List.of(cumulative.toArray())));
        }
        return points;
    }

    private MomentsList overall(SegmentMoments.UserValues values, java.util.function.IntPredicate include) {
        MomentsTable table = new MomentsTable(index.variants().size());
        for (int u = 0; u < index.userCount(); u++) {
            if (include == null || include.test(u)) {
                table.addUser(index.variant(u), values.y(u), values.d(u), values.x(u));
            }
        }
        return new MomentsList(table);
    }

    private static double[] requireColumn(UserTableColumns table, String column, MetricDefinition metric) {
        double[] values = table.column(column);
        if (values == null) {
            throw new UserFacingException("Metric " + metric.name() + " reads column '" + column
                    + "', which the per-user table does not have. Columns: " + table.columnNames() + ".");
        }
        return values;
    }

    /** The cap for a metric: absolute, the R-7 percentile of the pooled per-user values, or +∞. */
    private static double cap(MetricDefinition metric, double absolute, java.util.function.IntToDoubleFunction y,
            int users) {
        if (metric.capping() instanceof Capping.Percentile p) {
            double[] pooled = new double[users];
            int n = 0;
            for (int u = 0; u < users; u++) {
                double value = y.applyAsDouble(u);
                if (!Double.isNaN(value)) {
                    pooled[n++] = value;
                }
            }
            return n == 0 ? Double.POSITIVE_INFINITY
                    : Percentiles.r7(java.util.Arrays.copyOf(pooled, n), p.percentile());
        }
        return absolute;
    }

    private static OptionalDouble capOf(double cap) {
        return Double.isInfinite(cap) ? OptionalDouble.empty() : OptionalDouble.of(cap);
    }

    /** A MomentsTable as a list. */
    private record MomentsList(MomentsTable table) {
        List<com.splitbench.analysis.model.Moments> toArrayList() {
            return List.of(table.toArray());
        }
    }
}
