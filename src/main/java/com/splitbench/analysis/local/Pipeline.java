package com.splitbench.analysis.local;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs a producer (reading and decoding chunks) and a consumer (scanning them) on two threads with a small
 * bounded queue between them, so that decoding and aggregation overlap on two cores. Failures on either side stop
 * both and are rethrown on the caller's thread.
 */
final class Pipeline {

    private static final int DEPTH = 4;
    private static final Object END = new Object();

    private Pipeline() {
    }

    static <T> void run(Consumer<Consumer<T>> producer, Consumer<T> consumer) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH);
        AtomicReference<Throwable> consumerFailure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                while (true) {
                    Object item = queue.take();
                    if (item == END) {
                        return;
                    }
                    @SuppressWarnings("unchecked")
                    T chunk = (T) item;
                    consumer.accept(chunk);
                }
            } catch (InterruptedException e) {
                // The producer failed and stopped us; its failure is what the caller sees.
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error t) {
                consumerFailure.set(t);
                queue.clear();
            }
        }, "splitbench-analysis-scan");
        worker.setDaemon(true);
        worker.start();
        RuntimeException producerFailure = null;
        try {
            producer.accept(item -> put(queue, item, consumerFailure));
            put(queue, END, consumerFailure);
        } catch (RuntimeException e) {
            producerFailure = e;
            worker.interrupt();
        } finally {
            join(worker);
        }
        Throwable failure = consumerFailure.get();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (producerFailure != null) {
            throw producerFailure;
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item, AtomicReference<Throwable> consumerFailure) {
        try {
            while (!queue.offer(item, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (consumerFailure.get() != null) {
                    throw new PipelineStopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineStopped();
        }
        if (consumerFailure.get() != null) {
            throw new PipelineStopped();
        }
    }

    private static void join(Thread worker) {
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The consumer failed: the producer stops; the consumer's failure is what the caller sees. */
    private static final class PipelineStopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PipelineStopped() {
            super("the scan stopped", null, false, false);
        }
    }
}
