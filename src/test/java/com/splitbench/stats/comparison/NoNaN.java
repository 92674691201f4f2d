package com.splitbench.stats.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Optional;

/** Walks a result's records and fails on any NaN number, wherever it hides. */
final class NoNaN {

    private NoNaN() {
    }

    static void in(Object value) {
        walk(value, "result");
    }

    private static void walk(Object value, String path) {
        if (value instanceof Double d) {
            assertThat(d.isNaN()).as("NaN at %s", path).isFalse();
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    walk(component.getAccessor().invoke(record), path + "." + component.getName());
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        } else if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                walk(element, path + "[" + i++ + "]");
            }
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> walk(inner, path + ".get"));
        }
    }
}
