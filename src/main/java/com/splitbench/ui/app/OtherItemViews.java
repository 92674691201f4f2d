package com.splitbench.ui.app;

import com.splitbench.ui.common.ControllerFactory;
import com.splitbench.ui.common.FxmlViewLoader;
import com.splitbench.ui.importwizard.ImportDetailsController;
import com.splitbench.ui.importwizard.ImportDetailsViewModel;
import com.splitbench.ui.metric.MetricViews;
import com.splitbench.ui.shell.ShellWindow;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.source.SourceViews;
import com.splitbench.ui.workspace.WorkspaceItemViews;
import com.splitbench.ui.workspace.WorkspaceMetricLibrary;
import com.splitbench.ui.workspace.WorkspaceSession;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;

/** The centre views of the sidebar's imports, metrics and warehouse sources. */
final class OtherItemViews {

    private OtherItemViews() {
    }

    /**
     * @param metricSaved told a metric's name once it was saved to the library
     * @param sources the views of the warehouse sources saved in a workspace
     */
    static WorkspaceItemViews.Factory factory(ShellWindow.Services services, WorkspaceSession session,
                                              Consumer<String> metricSaved, Function<Path, SourceViews> sources) {
        return (item, location) -> switch (item.kind()) {
            case SOURCE -> Optional.of(sources.apply(location).page(item.key()).root());
            case METRIC -> Optional.of(MetricViews.page(item.key(), new WorkspaceMetricLibrary(session, location),
                    services.tasks(), metricSaved));
            case IMPORT -> Optional.of(importDetails(item, location, services, session));
            default -> Optional.empty();
        };
    }

    private static Node importDetails(SidebarItem item, Path location, ShellWindow.Services services,
                                      WorkspaceSession session) {
        long id = Long.parseLong(item.key());
        ImportDetailsViewModel model = new ImportDetailsViewModel(id, wanted -> session.use(location, open ->
                open.workspace().imports().stream().filter(record -> record.id() == wanted).findFirst()),
                services.tasks());
        ControllerFactory controllers = ControllerFactory.builder()
                .register(ImportDetailsController.class, () -> new ImportDetailsController(model))
                .build();
        return new FxmlViewLoader(controllers).load(ImportDetailsController.class).root();
    }
}
