package com.splitbench.sample;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times the generation of the benchmark export (1M users, 10M events, plain CSV) and reports rows/s, MB/s and the
 * peak heap. Run it with a small heap to show that memory stays bounded:
 *
 * <pre>
 * mvn -q -o test-compile &amp;&amp; java -Xmx256m -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
 *     com.splitbench.sample.SampleGenerationBenchmark bench-data/export [users] [events]
 * </pre>
 *
 * ({@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt} writes the class path once.)
 */
public final class SampleGenerationBenchmark {

    private SampleGenerationBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bench-data/export");
        SampleSize size = args.length > 2
                ? new SampleSize(Integer.parseInt(args[1]), Long.parseLong(args[2]))
                : SampleSize.BENCHMARK;
        long start = System.nanoTime();
        SampleExport export = new SampleExportGenerator(SampleExportGenerator.SAMPLE_DATA_SEED)
                .write(out, size, SampleFiles.PLAIN);
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = 0;
        for (WrittenFile file : export.files()) {
            bytes += Files.size(file.path());
        }
        long rows = export.assignmentRows() + export.eventRows();
        System.out.printf("users            %,d%n", export.users());
        System.out.printf("assignment rows  %,d%n", export.assignmentRows());
        System.out.printf("event rows       %,d (%.1f bytes per row)%n", export.eventRows(),
                (double) Files.size(export.file("events.csv").path()) / export.eventRows());
        System.out.printf("bytes written    %,d (%.0f MB)%n", bytes, bytes / 1e6);
        System.out.printf("time             %.1f s%n", seconds);
        System.out.printf("speed            %.2fM rows/s, %.0f MB/s%n", rows / seconds / 1e6, bytes / seconds / 1e6);
        System.out.printf("peak heap        %.0f MB (max heap %.0f MB)%n", peakHeapBytes() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
