package com.splitbench.sample;

/**
 * How much to generate: the number of users (assigned or not) and the approximate number of metric-event rows.
 *
 * <p>The event count is a target: the generator scales each user's number of sessions so that the expected total
 * matches it, and the manifest records the exact count written. Each user has at least one session (about four
 * events), so targets below about {@code 4 * users} give about {@code 4 * users}.
 *
 * @param users  number of users, at least 1
 * @param events target number of metric-event rows, at least 0
 */
public record SampleSize(int users, long events) {

    /** The size committed in {@code sample-data/}: small enough for the repository, large enough to show effects. */
    public static final SampleSize SAMPLE_DATA = new SampleSize(20_000, 200_000);

    /** The benchmark size of the import and analysis issues: about 690 MB of CSV. */
    public static final SampleSize BENCHMARK = new SampleSize(1_000_000, 10_000_000);

    public SampleSize {
        if (users < 1) {
            throw new IllegalArgumentException("users must be at least 1, got " + users);
        }
        if (events < 0) {
            throw new IllegalArgumentException("events must not be negative, got " + events);
        }
    }
}
