package com.splitbench.cli;

import static com.splitbench.testing.ExportFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A per-user table split into files by column, as exports from two queries are: revenue in one file, orders in
 * the other, for the same users. The second file's metric used to have no users at all.
 */
class SplitUserTableCommandTest {

    @TempDir
    Path temp;

    private static List<String> lines(String... args) {
        CliRun ran = CliRun.run(args);
        assertThat(ran.exit()).as(ran.err()).isZero();
        return ran.out().lines().toList();
    }

    @Test
    void everyUserHasTheValuesOfEveryFile() throws Exception {
        Path revenue = write(temp, "revenue.csv", "user_id,variant,revenue\nu1,control,10\nu2,treatment,20\n"
                + "u3,control,30\nu4,treatment,40\n");
        Path orders = write(temp, "orders.csv", "user_id,variant,orders\nu1,control,1\nu2,treatment,2\n"
                + "u3,control,3\nu4,treatment,5\n");
        String ws = temp.resolve("w").toString();
        lines("import", "--workspace", ws, "--users", revenue.toString(), "--users", orders.toString(),
                "--experiment", "exp");
        List<String> rows = lines("analyze", "--workspace", ws, "--experiment", "exp", "--format", "csv");
        // experiment,metric,variant,users,mean,...
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("exp,orders,control,2,2.0,"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("exp,orders,treatment,2,3.5,"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("exp,revenue,control,2,20.0,"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("exp,revenue,treatment,2,30.0,"));
    }
}
