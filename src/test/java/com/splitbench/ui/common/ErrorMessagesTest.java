package com.splitbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.common.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

    private final ErrorMessages messages = new ErrorMessages(Path.of("/home/ana/.config/splitbench/logs/x.log"));

    @Test
    void letsAUserFacingExceptionSpeakForItself() {
        ErrorMessage message = messages.describe("The import failed",
                new UserFacingException("events.csv line 12, column 3: \"abc\" is not a time. Fix the row."));

        assertThat(message.title()).isEqualTo("The import failed");
        assertThat(message.text()).isEqualTo("events.csv line 12, column 3: \"abc\" is not a time. Fix the row.");
        assertThat(message.unexpected()).isFalse();
    }

    @Test
    void findsAUserFacingExceptionUnderWrappers() {
        Throwable wrapped = new CompletionException(new RuntimeException("outer",
                new UserFacingException("The workspace is locked.")));

        assertThat(messages.describe("Open", wrapped).text()).isEqualTo("The workspace is locked.");
        assertThat(ErrorMessages.isExpected(wrapped)).isTrue();
    }

    @Test
    void explainsAMissingFile() {
        ErrorMessage message = messages.describe("Open", new UncheckedIOException(
                new NoSuchFileException("/data/gone.csv")));

        assertThat(message.text()).startsWith("/data/gone.csv does not exist.");
        assertThat(message.unexpected()).isFalse();
    }

    @Test
    void explainsAPermissionProblem() {
        assertThat(messages.describe("Save", new AccessDeniedException("/etc/report.splitreport")).text())
                .contains("not allowed to use /etc/report.splitreport").contains("permissions");
    }

    @Test
    void explainsAFullDisk() {
        assertThat(messages.describe("Save", new FileSystemException("/mnt/x.html", null, "No space left on device"))
                .text()).contains("disk holding /mnt/x.html is full");
    }

    @Test
    void explainsRunningOutOfMemory() {
        assertThat(messages.describe("Analyse", new OutOfMemoryError("Java heap space")).text())
                .contains("ran out of memory").contains("-Xmx");
    }

    @Test
    void callsAnythingElseABugAndPointsAtTheLogWithoutAStackTrace() {
        ErrorMessage message = messages.describe("The chart could not be drawn",
                new IllegalStateException("index 7 out of bounds"));

        assertThat(message.unexpected()).isTrue();
        assertThat(message.text())
                .contains("IllegalStateException")
                .contains("This is a bug")
                .contains("/home/ana/.config/splitbench/logs/x.log")
                .doesNotContain("at com.")
                .doesNotContain("index 7");
        assertThat(ErrorMessages.isExpected(new IOException("x"))).isFalse();
    }

    @Test
    void leavesOutTheLogWhenThereIsNone() {
        assertThat(new ErrorMessages(null).describe("X", new RuntimeException()).text())
                .doesNotContain("log file").endsWith("please report it.");
    }
}
