package com.splitbench.ui.experiment;

import com.splitbench.spec.MetricDefinition;
import com.splitbench.ui.results.MetricWords;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A metric the experiment editor offers, and whether the experiment uses it. */
public final class MetricChoice {

    private final MetricDefinition metric;
    private final String source;
    private final BooleanProperty selected;

    /** @param source where it comes from: "this experiment", "library" or "automatic" */
    public MetricChoice(MetricDefinition metric, String source, boolean selected) {
        this.metric = metric;
        this.source = source;
        this.selected = new SimpleBooleanProperty(this, "selected", selected);
    }

    public MetricDefinition metric() {
        return metric;
    }

    public String name() {
        return metric.name();
    }

    public String source() {
        return source;
    }

    public String description() {
        return MetricWords.describe(metric);
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }
}
