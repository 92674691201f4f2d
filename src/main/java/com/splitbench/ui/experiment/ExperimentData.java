package com.splitbench.ui.experiment;

import com.splitbench.spec.AnalysisSpec;
import com.splitbench.ui.task.TaskContext;

/** What the experiment views read and write in the workspace. Every method runs on a worker thread. */
public interface ExperimentData {

    /** The experiment's spec and sufficient statistics (cached per data version), and the editors' choices. */
    LoadedExperiment load(String experimentKey, TaskContext task) throws Exception;

    /** Saves the experiment's definition (its metrics and settings included). */
    void saveDefinition(AnalysisSpec spec) throws Exception;
}
