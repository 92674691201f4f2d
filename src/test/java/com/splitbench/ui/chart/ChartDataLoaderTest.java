package com.splitbench.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.ui.task.AppExecutor;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.TaskState;
import com.splitbench.ui.task.ThreadPoolTaskExecutor;
import com.splitbench.ui.task.UiThread;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ChartDataLoaderTest {

    private final AppExecutor workers = new AppExecutor(2);
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final ThreadPoolTaskExecutor tasks =
            new ThreadPoolTaskExecutor(workers, UiThread.javafx(), failures::add);

    @AfterEach
    void shutDown() {
        workers.close();
    }

    @Test
    void buildsOffTheFxThreadAndSwapsInOnIt() throws Exception {
        XYPlot plot = new XYPlot();
        List<String> where = new CopyOnWriteArrayList<>();
        CountDownLatch swapped = new CountDownLatch(1);

        WaitForAsyncUtils.asyncFx(() -> new ChartDataLoader(tasks).load("Drawing", context -> {
            where.add("build on fx: " + Platform.isFxApplicationThread());
            XYSeries series = new XYSeries("lift");
            series.add(1, 0.02);
            series.add(2, 0.03);
            return new XYSeriesCollection(series);
        }, dataset -> {
            where.add("swap on fx: " + Platform.isFxApplicationThread());
            plot.setDataset(dataset);
            swapped.countDown();
        }));

        assertThat(swapped.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(where).containsExactly("build on fx: false", "swap on fx: true");
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(2);
        assertThat(failures).isEmpty();
    }

    @Test
    void showsOnlyTheNewestOfQuickSuccessiveLoads() throws Exception {
        List<String> shown = new CopyOnWriteArrayList<>();
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch secondShown = new CountDownLatch(1);
        ChartDataLoader loader = new ChartDataLoader(tasks);

        BackgroundTask<String> first = WaitForAsyncUtils.asyncFx(() -> loader.load("Old segment", context -> {
            releaseFirst.await(5, TimeUnit.SECONDS);
            return "old";
        }, shown::add)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> loader.load("New segment", context -> "new", value -> {
            shown.add(value);
            secondShown.countDown();
        })).get(5, TimeUnit.SECONDS);

        assertThat(secondShown.await(5, TimeUnit.SECONDS)).isTrue();
        releaseFirst.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> first.getState().isFinished());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown).containsExactly("new");
        assertThat(first.getState()).isEqualTo(TaskState.CANCELLED);
    }
}
