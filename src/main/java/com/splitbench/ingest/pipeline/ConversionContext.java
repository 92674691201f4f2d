package com.splitbench.ingest.pipeline;

import com.splitbench.ingest.mapping.ColumnMapping;
import com.splitbench.workspace.store.ByteDictionary;
import java.time.ZoneId;

/** What every row converter needs: the symbol dictionary, the file's column mapping, the zone and the fixed experiment. */
record ConversionContext(ByteDictionary symbols, ColumnMapping mapping, ZoneId zone,
        String experiment) {
}
