package com.splitbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ControllerFactoryTest {

    static final class GreetingController {
        final String greeting;

        GreetingController(String greeting) {
            this.greeting = greeting;
        }
    }

    static final class UnknownController {
    }

    @Test
    void buildsARegisteredControllerWithItsConstructorArguments() {
        ControllerFactory factory = ControllerFactory.builder()
                .register(GreetingController.class, () -> new GreetingController("hello"))
                .build();

        Object controller = factory.call(GreetingController.class);

        assertThat(controller).isInstanceOf(GreetingController.class);
        assertThat(((GreetingController) controller).greeting).isEqualTo("hello");
    }

    @Test
    void buildsANewControllerEachTime() {
        ControllerFactory factory = ControllerFactory.builder()
                .register(GreetingController.class, () -> new GreetingController("hi"))
                .build();

        assertThat(factory.call(GreetingController.class)).isNotSameAs(factory.call(GreetingController.class));
    }

    @Test
    void failsLoudlyNamingAClassNobodyRegistered() {
        ControllerFactory factory = ControllerFactory.builder().build();

        assertThatThrownBy(() -> factory.call(UnknownController.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(UnknownController.class.getName());
    }

    @Test
    void refusesToRegisterAClassTwice() {
        ControllerFactory.Builder builder = ControllerFactory.builder()
                .register(GreetingController.class, () -> new GreetingController("a"));

        assertThatThrownBy(() -> builder.register(GreetingController.class, () -> new GreetingController("b")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void failsWhenASupplierReturnsNothing() {
        ControllerFactory factory = ControllerFactory.builder()
                .register(GreetingController.class, () -> null)
                .build();

        assertThatThrownBy(() -> factory.call(GreetingController.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("returned null");
    }

    @Test
    void findsTheFxmlBesideAControllerByName() {
        assertThat(FxmlViewLoader.fxmlFor(com.splitbench.ui.shell.MainWindowController.class).toString())
                .endsWith("com/splitbench/ui/shell/MainWindow.fxml");
    }

    @Test
    void namesTheExpectedPlaceWhenAControllersFxmlIsMissing() {
        assertThatThrownBy(() -> FxmlViewLoader.fxmlFor(GreetingController.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Greeting.fxml is missing")
                .hasMessageContaining("src/main/resources/com/splitbench/ui/common");
    }
}
