package com.splitbench.sample;

import java.nio.charset.StandardCharsets;

/** The metric event types in the sample. Only purchases carry a value (the revenue). */
enum EventType {
    SESSION("session"),
    PAGE_VIEW("page_view"),
    ADD_TO_CART("add_to_cart"),
    PURCHASE("purchase");

    private final String label;
    private final byte[] bytes;

    EventType(String label) {
        this.label = label;
        this.bytes = label.getBytes(StandardCharsets.US_ASCII);
    }

    String label() {
        return label;
    }

    byte[] bytes() {
        return bytes;
    }
}
