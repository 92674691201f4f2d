package com.splitbench.analysis.local;

import com.splitbench.workspace.ChunkFilter;
import com.splitbench.workspace.EventStore;
import com.splitbench.workspace.EventTypeSummary;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

/** The workspace's columnar event store as the local engine's input. Chunks are passed through without copying. */
public final class WorkspaceEventData implements EventData {

    private final EventStore store;

    public WorkspaceEventData(EventStore store) {
        this.store = store;
    }

    @Override
    public int unitCount() {
        return store.unitCount();
    }

    @Override
    public OptionalInt symbolId(String symbol) {
        return store.symbolId(symbol);
    }

    @Override
    public int symbolCount() {
        return store.symbolCount();
    }

    @Override
    public String symbol(int id) {
        return store.symbol(id);
    }

    @Override
    public void assignments(int experimentSymbol, Consumer<AssignmentBatch> consumer) {
        store.assignments(ChunkFilter.experiment(experimentSymbol), chunk -> consumer.accept(new AssignmentBatch(
                chunk.size(), chunk.unit(), chunk.variant(), chunk.timeMillis(), chunk.dimensionNames(),
                chunk.dimensions())));
    }

    @Override
    public void events(Consumer<EventBatch> consumer) {
        store.events(ChunkFilter.all(), chunk -> consumer.accept(new EventBatch(chunk.size(), chunk.unit(),
                chunk.experiment(), chunk.eventType(), chunk.value(), chunk.timeMillis())));
    }

    @Override
    public void userTables(int experimentSymbol, Consumer<UserTableBatch> consumer) {
        store.userTables(ChunkFilter.experiment(experimentSymbol), chunk -> consumer.accept(new UserTableBatch(
                chunk.size(), chunk.unit(), chunk.variant(), chunk.timeMillis(), chunk.columnNames(),
                chunk.columns(), chunk.booleanColumn(), chunk.dimensionNames(), chunk.dimensions())));
    }

    @Override
    public List<EventTypeInfo> eventTypes() {
        return store.eventTypes().stream().sorted(Comparator.comparing(EventTypeSummary::name))
                .map(type -> new EventTypeInfo(type.name(), type.hasValues())).toList();
    }
}
