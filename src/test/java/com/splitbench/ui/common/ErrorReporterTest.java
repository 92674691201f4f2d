package com.splitbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.common.UserFacingException;
import com.splitbench.ui.testing.ScriptedDialogs;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErrorReporterTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ErrorReporter reporter = new ErrorReporter(dialogs, new ErrorMessages(null));
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Logger log = Logger.getLogger(ErrorReporter.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    @Test
    void showsAndLogsAnExpectedFailureOnceWithoutItsStackTrace() {
        reporter.report("The import failed", new UserFacingException("The file is empty. Pick another file."));

        assertThat(dialogs.errors).singleElement()
                .satisfies(error -> assertThat(error.text()).isEqualTo("The file is empty. Pick another file."));
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getThrown()).isNull();
        });
    }

    @Test
    void logsABugWithItsStackTraceOnceAndShowsAShortMessage() {
        NullPointerException bug = new NullPointerException("variant");

        reporter.report("The results could not be shown", bug);

        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getThrown()).isSameAs(bug);
        });
        assertThat(dialogs.errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("The results could not be shown");
            assertThat(error.unexpected()).isTrue();
        });
    }
}
