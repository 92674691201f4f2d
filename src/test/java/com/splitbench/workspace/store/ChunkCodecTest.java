package com.splitbench.workspace.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChunkCodecTest {

    @Test
    void roundTripsEveryEncodingIncludingExtremes() {
        int n = 1000;
        SplittableRandom random = new SplittableRandom(3);
        int[] constant = new int[n];
        Arrays.fill(constant, -7);
        int[] small = random.ints(n, 0, 5).toArray();
        int[] wide = random.ints(n).toArray();
        wide[0] = Integer.MIN_VALUE;
        wide[1] = Integer.MAX_VALUE;
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            times[i] = 1_709_251_200_000L + i * 1000L + random.nextInt(500);
        }
        long[] extremes = random.longs(n).toArray();
        extremes[0] = Long.MIN_VALUE;
        extremes[1] = Long.MAX_VALUE;
        double[] prices = new double[n];
        double[] noise = new double[n];
        double[] allMissing = new double[n];
        Arrays.fill(allMissing, Double.NaN);
        for (int i = 0; i < n; i++) {
            prices[i] = i % 3 == 0 ? Double.NaN : (random.nextInt(2_000_000) - 1_000_000) / 100.0;
            noise[i] = random.nextGaussian();
        }
        noise[5] = -0.0;
        byte[] data = new ChunkEncoder(n, 64).ints("constant", constant).ints("small", small).ints("wide", wide)
                .longs("times", times).longs("extremes", extremes).doubles("prices", prices).doubles("noise", noise)
                .doubles("missing", allMissing).toBytes();
        DecodedChunk chunk = DecodedChunk.decode(data);
        assertThat(chunk.rows()).isEqualTo(n);
        assertThat(chunk.names()).containsExactly("constant", "small", "wide", "times", "extremes", "prices", "noise",
                "missing");
        assertThat(chunk.ints("constant")).isEqualTo(constant);
        assertThat(chunk.ints("small")).isEqualTo(small);
        assertThat(chunk.ints("wide")).isEqualTo(wide);
        assertThat(chunk.longs("times")).isEqualTo(times);
        assertThat(chunk.longs("extremes")).isEqualTo(extremes);
        assertThat(bits(chunk.doubles("prices"))).isEqualTo(bits(prices));
        assertThat(bits(chunk.doubles("noise"))).isEqualTo(bits(noise));
        assertThat(bits(chunk.doubles("missing"))).isEqualTo(bits(allMissing));
    }

    @Test
    void compactEncodingsPayForTypicalColumns() {
        int n = 65_536;
        long[] times = new long[n];
        int[] symbols = new int[n];
        double[] prices = new double[n];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            times[i] = 1_709_251_200_000L + i * 120L + random.nextInt(100);
            symbols[i] = random.nextInt(4);
            prices[i] = random.nextInt(10) < 6 ? Double.NaN : random.nextInt(20_000) / 100.0;
        }
        int plain = new ChunkEncoder(n, 64).toBytes().length + n * (8 + 4 + 8);
        int encoded = new ChunkEncoder(n, 64).longs("t", times).ints("s", symbols).doubles("p", prices).toBytes().length;
        assertThat(encoded).isLessThan(plain / 3);
    }

    @Test
    void storesDictionaryRangesAsStrings() {
        ByteDictionary dictionary = new ByteDictionary();
        for (String s : new String[] {"a", "", "ünïcode", "user_0000001", "a"}) {
            dictionary.intern(s);
        }
        byte[] data = new ChunkEncoder(3, 16).strings("value", dictionary, 1).toBytes();
        DecodedChunk.StringColumn column = DecodedChunk.decode(data).strings("value");
        assertThat(new String(column.bytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("ünïcodeuser_0000001");
        assertThat(column.offsets()).containsExactly(0, 0, 9, 21);
    }

    @Test
    void dictionaryInternsFindsAndTruncatesBackToACommittedSize() {
        ByteDictionary dictionary = new ByteDictionary();
        for (int i = 0; i < 5000; i++) {
            assertThat(dictionary.intern("k" + i)).isEqualTo(i);
        }
        assertThat(dictionary.intern("k42")).isEqualTo(42);
        dictionary.truncate(100);
        assertThat(dictionary.size()).isEqualTo(100);
        assertThat(dictionary.find("k99")).isEqualTo(99);
        assertThat(dictionary.find("k100")).isEqualTo(-1);
        assertThat(dictionary.intern("new")).isEqualTo(100);
        assertThat(dictionary.string(100)).isEqualTo("new");
        byte[] keys = "k7k100xk7".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int[] ids = new int[3];
        dictionary.internAll(keys, new int[] {2, 7, 9}, 3, ids);
        assertThat(ids).containsExactly(7, 101, 7);
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
