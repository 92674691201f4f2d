package com.splitbench.analysis.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {

    @Test
    void deliversEveryItemInOrder() {
        List<Integer> seen = new ArrayList<>();
        Pipeline.<Integer>run(sink -> {
            for (int i = 0; i < 1000; i++) {
                sink.accept(i);
            }
        }, seen::add);
        assertThat(seen).hasSize(1000).isSorted();
    }

    @Test
    void aConsumerFailureStopsTheProducerAndIsRethrown() {
        int[] produced = {0};
        assertThatThrownBy(() -> Pipeline.<Integer>run(sink -> {
            for (int i = 0; i < 1_000_000; i++) {
                produced[0]++;
                sink.accept(i);
            }
        }, (Integer i) -> {
            if (i == 10) {
                throw new IllegalArgumentException("boom");
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("boom");
        assertThat(produced[0]).isLessThan(1000);
    }

    @Test
    void aProducerFailureIsRethrown() {
        assertThatThrownBy(() -> Pipeline.<Integer>run(sink -> {
            sink.accept(1);
            throw new IllegalStateException("read failed");
        }, (Integer i) -> { })).isInstanceOf(IllegalStateException.class).hasMessage("read failed");
    }
}
