package com.splitbench.ui.workspace;

import com.splitbench.spec.AnalysisSpec;
import com.splitbench.workspace.DefinitionRepository;

/** The spec an experiment is analysed with in the window: the one the user saved, else its automatic metrics. */
public final class ExperimentSpecs {

    private ExperimentSpecs() {
    }

    public static AnalysisSpec of(DefinitionRepository definitions, String experimentKey) {
        return definitions.experiment(experimentKey).orElseGet(() -> AnalysisSpec.automatic(experimentKey));
    }
}
