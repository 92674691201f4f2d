package com.splitbench.ui.source;

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

    /** The experiment keys the workspace knows, offered when picking one to analyse on the warehouse. */
    List<String> experimentKeys() throws Exception;
}
