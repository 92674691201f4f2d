package com.splitbench.ui.source;

import com.splitbench.spec.AnalysisSpec;
import com.splitbench.warehouse.SavedSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The warehouse sources saved in the open workspace (never with a password). Every method may block: call it on a
 * worker thread.
 */
public interface SourceStore {

    /** The workspace folder the sources are saved in, which together with a name identifies a source. */
    Path location();

    List<String> names() throws Exception;

    Optional<SavedSource> find(String name) throws Exception;

    /** Saves (or replaces) the source under its name. */
    void save(SavedSource source) throws Exception;

    /**
     * Saves the source under its (new) name and removes the one saved as {@code oldName}, at once; fails when
     * another source already has the new name.
     */
    void rename(String oldName, SavedSource source) throws Exception;

    /** Removes the source saved under the name. */
    void delete(String name) throws Exception;

    /** The experiment keys with a saved definition (the spec the experiment page and {@code analyze} use). */
    List<String> definedExperimentKeys() throws Exception;

    /** The saved definition of an experiment, if the user saved one. */
    Optional<AnalysisSpec> definition(String experimentKey) throws Exception;

    /** The experiment keys the workspace knows, offered when picking one to analyse on the warehouse. */
    List<String> experimentKeys() throws Exception;
}
