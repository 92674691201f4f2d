package com.splitbench.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real executor with a single-thread executor standing in for the JavaFX thread, so that which thread runs what
 * can be checked without a toolkit.
 */
class ThreadPoolTaskExecutorTest {

    private final ExecutorService uiThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-ui"));
    private final AppExecutor workers = new AppExecutor(2);
    private final List<Throwable> unhandled = new CopyOnWriteArrayList<>();
    private final ThreadPoolTaskExecutor executor =
            new ThreadPoolTaskExecutor(workers, uiThread::execute, unhandled::add);

    @AfterEach
    void shutDown() {
        workers.close();
        uiThread.shutdownNow();
    }

    @Test
    void runsWorkOnANamedWorkerThreadAndCallbacksOnTheUiThread() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);

        executor.execute(BackgroundTask.of("Where", context -> {
            threads.add("work " + Thread.currentThread().getName());
            return 1;
        }).onSuccess(result -> threads.add("success " + Thread.currentThread().getName()))
                .onFinally(() -> {
                    threads.add("finally " + Thread.currentThread().getName());
                    done.countDown();
                }));

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(threads).hasSize(3);
        assertThat(threads.get(0)).startsWith("work splitbench-worker-");
        assertThat(threads.subList(1, 3)).containsExactly("success fake-ui", "finally fake-ui");
    }

    @Test
    void cancelStopsCooperativeWorkAndTheTrackerEmpties() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        BackgroundTask<Integer> task = BackgroundTask.of("Endless", context -> {
            started.countDown();
            int loops = 0;
            while (!context.isCancelled()) {
                loops++;
                Thread.sleep(1);
            }
            return loops;
        }).onCancelled(ended::countDown);

        executor.execute(task);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(onUi(() -> executor.tracker().isBusy())).isTrue();
        task.cancel();

        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(onUi(task::getState)).isEqualTo(TaskState.CANCELLED);
        assertThat(onUi(() -> executor.tracker().isBusy())).isFalse();
        assertThat(onUi(() -> executor.tracker().lastFinishedProperty().get())).isSameAs(task);
    }

    @Test
    void coalescesAFloodOfProgressUpdatesAndEndsOnTheLastValue() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        BackgroundTask<Void> task = BackgroundTask.<Void>of("Rows", context -> {
            for (int i = 1; i <= 200_000; i++) {
                context.updateProgress(i, 200_000);
            }
            return null;
        }).onFinally(done::countDown);

        executor.execute(task);

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(onUi(() -> task.progressProperty().get())).isEqualTo(1.0);
    }

    private <T> T onUi(java.util.concurrent.Callable<T> read) throws Exception {
        return uiThread.submit(read).get(5, TimeUnit.SECONDS);
    }
}
