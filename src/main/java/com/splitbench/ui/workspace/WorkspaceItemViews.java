package com.splitbench.ui.workspace;

import com.splitbench.ui.experiment.ExperimentViews;
import com.splitbench.ui.shell.SidebarItemViews;
import com.splitbench.ui.sidebar.SidebarItem;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.Node;

/**
 * The centre's views of the open workspace's items. A view is built once and kept while its item stays listed, so
 * that a badge arriving or the sidebar refreshing does not throw away the tab, choices and selection the user was
 * looking at. Views are rebuilt after the data changed ({@link #forgetAll()}) or the definition was saved.
 */
public final class WorkspaceItemViews implements SidebarItemViews {

    /** Builds the views of one item kind for the workspace at a location. */
    @FunctionalInterface
    public interface Factory {
        Optional<Node> create(SidebarItem item, Path location);
    }

    private final WorkspaceSession session;
    private final Factory factory;
    private final Map<String, Node> views = new HashMap<>();
    private Path viewsOf;

    public WorkspaceItemViews(WorkspaceSession session, Factory factory) {
        this.session = session;
        this.factory = factory;
    }

    /** The experiment pages, other items by the factories given. */
    public static Factory factory(Function<Path, ExperimentViews> experiments, Factory others) {
        return factory(experiments, (location, page) -> { }, others);
    }

    /**
     * The experiment pages, each handed to {@code built} with its workspace (e.g. so that Save report can take what
     * it shows), other items by the factories given.
     */
    public static Factory factory(Function<Path, ExperimentViews> experiments,
                                  BiConsumer<Path, ExperimentViews.Page> built, Factory others) {
        return (item, location) -> {
            if (item.kind() != SidebarItem.Kind.EXPERIMENT) {
                return others.create(item, location);
            }
            ExperimentViews.Page page = experiments.apply(location).create(item.key());
            built.accept(location, page);
            return Optional.of(page.root());
        };
    }

    @Override
    public Optional<Node> viewFor(SidebarItem item) {
        Path location = session.location().orElse(null);
        if (location == null) {
            return Optional.empty();
        }
        if (!location.equals(viewsOf)) {
            views.clear();
            viewsOf = location;
        }
        String key = item.kind() + ":" + item.key();
        Node view = views.get(key);
        if (view == null) {
            Optional<Node> created = factory.create(item, location);
            created.ifPresent(node -> views.put(key, node));
            return created;
        }
        return Optional.of(view);
    }

    /** Drops every view, e.g. after an import changed the data. */
    public void forgetAll() {
        views.clear();
    }

    /** Drops one item's view, e.g. after a warehouse source was saved again. */
    public void forget(SidebarItem item) {
        views.remove(item.kind() + ":" + item.key());
    }

    /** Drops one experiment's view, e.g. after its definition was saved. */
    public void forgetExperiment(String key) {
        views.remove(SidebarItem.Kind.EXPERIMENT + ":" + key);
    }
}
