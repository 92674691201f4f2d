package com.splitbench.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppExecutorTest {

    private final AppExecutor executor = new AppExecutor(1);
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Logger log = Logger.getLogger(AppExecutor.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @AfterEach
    void shutDown() {
        log.removeHandler(capture);
        executor.close();
    }

    @Test
    void runsOnNamedDaemonThreads() throws Exception {
        List<Thread> threads = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);

        executor.execute(() -> {
            threads.add(Thread.currentThread());
            done.countDown();
        });

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(threads.get(0).getName()).matches("splitbench-worker-\\d+");
        assertThat(threads.get(0).isDaemon()).isTrue();
    }

    @Test
    void logsAFailingCommandOnceAndKeepsWorking() throws Exception {
        log.addHandler(capture);
        CountDownLatch second = new CountDownLatch(1);

        executor.execute(() -> {
            throw new IllegalStateException("boom");
        });
        executor.execute(second::countDown);

        assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getThrown()).hasMessage("boom");
            assertThat(record.getMessage()).contains("splitbench-worker-");
        });
    }

    @Test
    void dropsWorkHandedInWhileTheAppIsQuitting() {
        executor.close();
        List<String> ran = new CopyOnWriteArrayList<>();

        // A task finishing as the window closed chains the next one: that must not throw on the UI thread.
        executor.execute(() -> ran.add("late"));

        assertThat(ran).isEmpty();
    }

    @Test
    void rejectsAPoolWithoutThreads() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AppExecutor(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
