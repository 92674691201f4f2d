package com.splitbench.sample;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The experiment keys and variant names encoded once, so that row writers only copy bytes. */
final class ExportLabels {

    private final byte[][] experimentKeys;
    private final byte[][][] variantNames;

    ExportLabels(List<ExperimentDesign> experiments) {
        experimentKeys = new byte[experiments.size()][];
        variantNames = new byte[experiments.size()][][];
        for (int k = 0; k < experiments.size(); k++) {
            ExperimentDesign design = experiments.get(k);
            experimentKeys[k] = ascii(design.key());
            variantNames[k] = design.variants().stream().map(v -> ascii(v.name())).toArray(byte[][]::new);
        }
    }

    byte[] experiment(int k) {
        return experimentKeys[k];
    }

    byte[] variant(int k, int variant) {
        return variantNames[k][variant];
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
