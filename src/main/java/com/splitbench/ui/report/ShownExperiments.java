package com.splitbench.ui.report;

import com.splitbench.common.UserFacingException;
import com.splitbench.ui.experiment.ExperimentViewModel;
import com.splitbench.ui.experiment.LoadedExperiment;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The experiment pages the window built, so that File ▸ Save report and Export save what the selected page shows.
 * The newest page of an experiment in a workspace wins (a page is rebuilt after an import). UI thread only.
 */
public final class ShownExperiments {

    /** An experiment page's analysis as shown, and the workspace it was computed from. */
    public record Shown(Path location, String key, ShownAnalysis analysis) {
    }

    private final Map<String, Page> pages = new HashMap<>();

    private record Page(Path location, ExperimentViewModel model) {
    }

    /** Remembers a page built for the experiment {@code model.key()} of the workspace at {@code location}. */
    public void register(Path location, ExperimentViewModel model) {
        pages.put(model.key(), new Page(Objects.requireNonNull(location), model));
    }

    /**
     * What the experiment's page shows now.
     *
     * @throws UserFacingException when the page has not been built or its results are not there yet
     */
    public Shown shown(String key, String name) {
        Page page = pages.get(key);
        LoadedExperiment loaded = page == null ? null : page.model().loadedProperty().get();
        if (loaded == null || page.model().results().resultProperty().get() == null) {
            throw new UserFacingException(name + " is still being analysed. Wait until its results show, then try "
                    + "again.");
        }
        return new Shown(page.location(), key, new ShownAnalysis(page.model().results().currentSpec(),
                loaded.statistics()));
    }
}
