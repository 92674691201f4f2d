package com.splitbench.sample;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes {@code users_<experiment>.csv}, the one-row-per-user table an analytics tool would export for one
 * experiment, with CRLF line ends as Windows tools write them. It holds users with exactly one variant; metrics
 * count distinct events (an analytics tool's truth, without the export's duplicate rows), split at the user's
 * exposure: at or after it, and before it for the {@code pre_} columns (the CUPED covariates).
 */
final class UserTableWriter implements Closeable {

    private static final String HEADER = "user_id,variant,platform,country,sessions,page_views,add_to_carts,"
            + "purchases,revenue,pre_sessions,pre_page_views,pre_purchases,pre_revenue,"
            + "converted,added_to_cart,pre_converted";
    private static final byte[] TRUE = "TRUE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "FALSE".getBytes(StandardCharsets.US_ASCII);

    private final String name;
    private final int experiment;
    private final ExportLabels labels;
    private final AsciiSink sink;
    private final long[] post = new long[EventType.values().length];
    private final long[] pre = new long[EventType.values().length];

    UserTableWriter(Path directory, String experimentKey, ExportLabels labels) throws IOException {
        this.name = fileName(experimentKey);
        this.experiment = SampleScenario.experimentIndex(experimentKey);
        this.labels = labels;
        this.sink = AsciiSink.open(directory.resolve(name), false, true);
        sink.put(HEADER).endHeader();
    }

    static String fileName(String experimentKey) {
        return "users_" + experimentKey + ".csv";
    }

    void write(SimulatedUser user) throws IOException {
        int variant = user.firstVariant(experiment);
        if (variant == SimulatedUser.NOT_ASSIGNED || user.inSeveralVariants(experiment)) {
            return;
        }
        long exposure = user.exposureMillis(experiment);
        Arrays.fill(post, 0);
        Arrays.fill(pre, 0);
        long postRevenue = 0;
        long preRevenue = 0;
        UserEvents events = user.events;
        for (int event = 0; event < events.size(); event++) {
            boolean after = Math.floorDiv(events.micros(event), 1000) >= exposure;
            int type = events.type(event).ordinal();
            long cents = events.cents(event) == UserEvents.NO_VALUE ? 0 : events.cents(event);
            if (after) {
                post[type]++;
                postRevenue += cents;
            } else {
                pre[type]++;
                preRevenue += cents;
            }
        }
        UserProfile profile = user.profile();
        sink.put(profile.id()).put((byte) ',').put(labels.variant(experiment, variant)).put((byte) ',')
                .put(profile.platform().label()).put((byte) ',').put(profile.country()).put((byte) ',');
        sink.putLong(post[EventType.SESSION.ordinal()]).put((byte) ',')
                .putLong(post[EventType.PAGE_VIEW.ordinal()]).put((byte) ',')
                .putLong(post[EventType.ADD_TO_CART.ordinal()]).put((byte) ',')
                .putLong(post[EventType.PURCHASE.ordinal()]).put((byte) ',')
                .putCents(postRevenue).put((byte) ',')
                .putLong(pre[EventType.SESSION.ordinal()]).put((byte) ',')
                .putLong(pre[EventType.PAGE_VIEW.ordinal()]).put((byte) ',')
                .putLong(pre[EventType.PURCHASE.ordinal()]).put((byte) ',')
                .putCents(preRevenue).put((byte) ',')
                .put(post[EventType.PURCHASE.ordinal()] > 0 ? TRUE : FALSE).put((byte) ',')
                .put(post[EventType.ADD_TO_CART.ordinal()] > 0 ? TRUE : FALSE).put((byte) ',')
                .put(pre[EventType.PURCHASE.ordinal()] > 0 ? TRUE : FALSE);
        sink.endRow();
    }

    WrittenFile finish(Path directory) throws IOException {
        return new WrittenFile(name, directory.resolve(name), sink.rows(), sink.finish());
    }

    @Override
    public void close() throws IOException {
        sink.close();
    }
}
