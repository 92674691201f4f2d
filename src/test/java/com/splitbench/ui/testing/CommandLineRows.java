package com.splitbench.ui.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.cli.CommandLineApp;
import com.splitbench.ui.results.ResultLine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a command line that prints a results table as CSV ({@code analyze}, {@code show}) and checks that the
 * window's table lines hold exactly the same numbers, so the window and the command line cannot drift apart.
 */
public final class CommandLineRows {

    private final Map<String, Map<String, String>> rows = new HashMap<>();

    private CommandLineRows(String csv) {
        List<String> lines = csv.lines().toList();
        List<String> header = List.of(lines.get(0).split(",", -1));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells[i]);
            }
            rows.put(row.get("metric") + "|" + row.get("variant") + "|" + row.get("segment"), row);
        }
    }

    /** Runs the command (with {@code --format=csv} among its arguments) and reads its table. */
    public static CommandLineRows run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommandLineApp.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(exit).as(err.toString()).isZero();
        return new CommandLineRows(out.toString());
    }

    /** Every line's numbers equal the printed row's, the table has one line per treatment row, nothing more. */
    public void assertSameNumbers(List<ResultLine> lines, String control) {
        assertThat(lines).hasSize((int) rows.values().stream()
                .filter(row -> row.get("is_control").equals("false")).count());
        for (ResultLine line : lines) {
            Map<String, String> row = rows.get(line.metric().name() + "|" + line.variant() + "|" + line.segment());
            Map<String, String> controlRow = rows.get(line.metric().name() + "|" + control + "|" + line.segment());
            assertThat(row).as(line.metric().name() + " " + line.variant() + " " + line.segment()).isNotNull();
            same(line.treatment().value(), row.get("mean"));
            same(line.control().value(), controlRow.get("mean"));
            same(line.treatment().numerator(), row.get("numerator"));
            same(line.treatment().denominator(), row.get("denominator"));
            same(line.absolute().interval().estimate(), row.get("abs_diff"));
            same(line.absolute().interval().low(), row.get("abs_ci_low"));
            same(line.absolute().interval().high(), row.get("abs_ci_high"));
            same(line.relative().interval().estimate(), row.get("rel_lift"));
            same(line.relative().interval().low(), row.get("rel_ci_low"));
            same(line.relative().interval().high(), row.get("rel_ci_high"));
            same(line.pValue().raw(), row.get("p_value"));
            if (line.pValue().adjusted()) {
                same(line.pValue().shown(), row.get("p_value_adjusted"));
            }
        }
    }

    /** The table's double and the CSV's text are the same number (an empty cell is "not computable"). */
    private static void same(double shown, String printed) {
        if (printed.isEmpty()) {
            assertThat(shown).isNaN();
        } else {
            assertThat(shown).isEqualTo(Double.parseDouble(printed));
        }
    }
}
