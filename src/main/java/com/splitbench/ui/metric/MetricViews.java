package com.splitbench.ui.metric;

import com.splitbench.ui.common.ControllerFactory;
import com.splitbench.ui.common.FxmlViewLoader;
import com.splitbench.ui.task.TaskExecutor;
import java.util.function.Consumer;
import javafx.scene.Parent;

/** Builds the metric editor's form and the metric library's pages. */
public final class MetricViews {

    private MetricViews() {
    }

    /** The form of the metric editor, bound to the view model. UI thread. */
    public static Parent editor(MetricEditorViewModel model) {
        ControllerFactory controllers = ControllerFactory.builder()
                .register(MetricEditorController.class, () -> new MetricEditorController(model))
                .build();
        return new FxmlViewLoader(controllers).load(MetricEditorController.class).root();
    }

    /** A library metric's page; starts loading it. UI thread. */
    public static Parent page(String name, MetricLibrary library, TaskExecutor tasks, Consumer<String> saved) {
        MetricPageViewModel model = new MetricPageViewModel(name, library, tasks, saved);
        ControllerFactory controllers = ControllerFactory.builder()
                .register(MetricPageController.class, () -> new MetricPageController(model, MetricViews::editor))
                .build();
        Parent root = new FxmlViewLoader(controllers).load(MetricPageController.class).root();
        model.load();
        return root;
    }
}
