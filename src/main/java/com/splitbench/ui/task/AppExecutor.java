package com.splitbench.ui.task;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one pool of worker threads the window owns. Its threads are named {@code splitbench-worker-N}, so a thread
 * dump says whose they are, and are daemons, so a stuck task never keeps the app from quitting. A command that
 * throws is logged here and the thread lives on.
 */
public final class AppExecutor implements Executor, AutoCloseable {

    private static final Logger LOG = System.getLogger(AppExecutor.class.getName());

    private final ExecutorService pool;

    /** A pool as wide as the machine, with at least two threads so one long task cannot block a short one. */
    public AppExecutor() {
        this(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    public AppExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new NamedDaemonThreads("splitbench-worker-"));
        ((ThreadPoolExecutor) pool).allowCoreThreadTimeOut(true);
    }

    /** Runs the command on a worker; once the app is quitting ({@link #close}), work is dropped, not refused. */
    @Override
    public void execute(Runnable command) {
        try {
            pool.execute(() -> {
                try {
                    command.run();
                } catch (Throwable failure) {
                    LOG.log(Level.ERROR, "A background command failed on " + Thread.currentThread().getName(),
                            failure);
                }
            });
        } catch (RejectedExecutionException refused) {
            if (!pool.isShutdown()) {
                throw refused;
            }
            // A task that finished as the window closed may chain the next one (the health checks do): nobody is
            // left to see its result, and an error dialog while quitting would be noise. Catching the refusal,
            // rather than checking first, also covers a close that lands between the check and the hand-over.
            LOG.log(Level.DEBUG, "Dropped a background command: the app is quitting");
        }
    }

    /** Stops taking work and interrupts what runs. Daemon threads would not hold the JVM anyway. */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return pool.awaitTermination(timeout, unit);
    }

    /** Names threads with a prefix and a counter and makes them daemons. */
    static final class NamedDaemonThreads implements ThreadFactory {

        private final String prefix;
        private final AtomicInteger counter = new AtomicInteger();

        NamedDaemonThreads(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, failure) ->
                    LOG.log(Level.ERROR, "Uncaught failure on " + t.getName(), failure));
            return thread;
        }
    }
}
