package com.splitbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FxDialogServiceTest {

    @Test
    void addsTheTypesExtensionWhenTheUserTypedNone() {
        assertThat(FxDialogService.withExtension(Path.of("/tmp/q3 results"), FileType.REPORT))
                .isEqualTo(Path.of("/tmp/q3 results.splitreport"));
    }

    @Test
    void keepsAnExtensionTheUserTypedInAnyCase() {
        assertThat(FxDialogService.withExtension(Path.of("/tmp/chart.PNG"), FileType.PNG))
                .isEqualTo(Path.of("/tmp/chart.PNG"));
    }

    @Test
    void fileTypesNeedAPattern() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FileType("None", java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
