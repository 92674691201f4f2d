package com.splitbench.ingest.pipeline;

import com.splitbench.ingest.parse.BadValueException;
import com.splitbench.ingest.parse.FlatJsonObject;
import java.util.Arrays;

/** The key/value pairs of one row's context object, parsed once and kept as byte ranges until the row is stored. */
final class ContextFields implements FlatJsonObject.Visitor {

    int count;
    byte[][] keyBytes = new byte[8][];
    int[] keyStart = new int[8];
    int[] keyEnd = new int[8];
    byte[][] valueBytes = new byte[8][];
    int[] valueStart = new int[8];
    int[] valueEnd = new int[8];

    void parse(byte[] b, int start, int end) throws BadValueException {
        count = 0;
        FlatJsonObject.parse(b, start, end, this);
    }

    @Override
    public void field(byte[] kb, int ks, int ke, byte[] vb, int vs, int ve) {
        if (count == keyStart.length) {
            int size = count * 2;
            keyBytes = Arrays.copyOf(keyBytes, size);
            keyStart = Arrays.copyOf(keyStart, size);
            keyEnd = Arrays.copyOf(keyEnd, size);
            valueBytes = Arrays.copyOf(valueBytes, size);
            valueStart = Arrays.copyOf(valueStart, size);
            valueEnd = Arrays.copyOf(valueEnd, size);
        }
        keyBytes[count] = kb;
        keyStart[count] = ks;
        keyEnd[count] = ke;
        valueBytes[count] = vb;
        valueStart[count] = vs;
        valueEnd[count] = ve;
        count++;
    }
}
