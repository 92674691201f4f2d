package com.splitbench.ui.source;

import com.splitbench.spec.AnalysisSpec;
import com.splitbench.warehouse.SavedSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link SourceStore} in memory that keeps sources as the workspace does (as their JSON), and the experiments'
 * saved definitions.
 */
final class MemorySourceStore implements SourceStore {

    final Map<String, String> json = new TreeMap<>();
    final List<String> experiments = new ArrayList<>();
    final Map<String, AnalysisSpec> definitions = new TreeMap<>();
    private final Path location;

    MemorySourceStore(Path location) {
        this.location = location;
    }

    @Override
    public Path location() {
        return location;
    }

    @Override
    public List<String> names() {
        return List.copyOf(json.keySet());
    }

    @Override
    public Optional<SavedSource> find(String name) {
        return Optional.ofNullable(json.get(name)).map(SavedSource::fromJson);
    }

    @Override
    public void save(SavedSource source) {
        json.put(source.name(), source.toJson());
    }

    @Override
    public void rename(String oldName, SavedSource source) {
        if (!oldName.equals(source.name()) && json.containsKey(source.name())) {
            throw new IllegalStateException("There is already a data source named " + source.name());
        }
        json.remove(oldName);
        save(source);
    }

    @Override
    public void delete(String name) {
        json.remove(name);
    }

    @Override
    public List<String> definedExperimentKeys() {
        return List.copyOf(definitions.keySet());
    }

    @Override
    public Optional<AnalysisSpec> definition(String experimentKey) {
        return Optional.ofNullable(definitions.get(experimentKey));
    }

    @Override
    public List<String> experimentKeys() {
        return List.copyOf(experiments);
    }
}
