package com.splitbench.cli;

import com.splitbench.common.UserFacingException;
import com.splitbench.warehouse.SavedSource;
import com.splitbench.warehouse.WarehouseAnalysis;
import com.splitbench.workspace.DefinitionRepository;
import com.splitbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code splitbench source add|list|test}: warehouse sources saved in a workspace (never with a password). */
@Command(name = "source", mixinStandardHelpOptions = true,
        description = "Save, list and test warehouse data sources in a workspace.",
        subcommands = {SourceCommand.Add.class, SourceCommand.ListSources.class, SourceCommand.Test.class})
public final class SourceCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Saves a source under a name. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Save a JDBC source and its table mapping (the password is never saved).")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--workspace", required = true, paramLabel = "DIR")
        Path workspace;

        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Option(names = "--description", paramLabel = "TEXT")
        String description;

        @Mixin
        WarehouseOptions warehouse;

        @Override
        public Integer call() {
            if (!warehouse.isUrl()) {
                throw new UserFacingException("source add needs --source with a JDBC URL, e.g. "
                        + "jdbc:postgresql://host:5432/analytics.");
            }
            SavedSource direct = warehouse.direct(name);
            SavedSource saved = new SavedSource(name, direct.engine(), direct.jdbcUrl(), direct.user(),
                    direct.driverJar(), direct.mapping(), description);
            try (Workspace opened = Workspace.openOrCreate(workspace)) {
                new DefinitionRepository(opened).saveDataSource(name, saved.toJson());
            }
            spec.commandLine().getOut().println("saved data source " + name + " (" + saved.definition().engine()
                    + ", " + String.join(", ", saved.definition().mapping().describeSources()) + ")");
            return 0;
        }
    }

    /** Lists the saved sources. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the saved data sources.")
    static final class ListSources implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--workspace", required = true, paramLabel = "DIR")
        Path workspace;

        @Override
        public Integer call() {
            try (Workspace opened = Workspace.open(workspace)) {
                DefinitionRepository definitions = new DefinitionRepository(opened);
                for (String name : definitions.dataSourceNames()) {
                    SavedSource source = SavedSource.fromJson(definitions.dataSource(name).orElseThrow());
                    spec.commandLine().getOut().println(name + "\t" + source.definition().engine() + "\t"
                            + source.jdbcUrl() + "\t" + String.join(", ", source.definition().mapping()
                            .describeSources()));
                }
            }
            return 0;
        }
    }

    /** Connects and checks the mapping. */
    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Connect to a source and check that every mapped column exists.")
    static final class Test implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--workspace", paramLabel = "DIR")
        Path workspace;

        @Mixin
        WarehouseOptions warehouse;

        @Override
        public Integer call() {
            if (!warehouse.present()) {
                throw new UserFacingException("Give --source with a JDBC URL or a saved source's name.");
            }
            Workspace opened = workspace == null ? null : Workspace.open(workspace);
            try {
                SavedSource source = warehouse.resolve(Optional.ofNullable(opened));
                spec.commandLine().getOut().println(WarehouseAnalysis.testConnection(source.definition(),
                        warehouse.credentials(source), source.driverJarPath()));
            } finally {
                if (opened != null) {
                    opened.close();
                }
            }
            return 0;
        }
    }
}
