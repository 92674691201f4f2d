package com.splitbench.ui.power;

import java.util.OptionalDouble;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The power panel's inputs, read and checked: each field gets a message saying what is wrong with it, and the
 * values come as fractions (percent fields divided by 100).
 *
 * @param baseline the control's rate as a fraction, or its mean
 * @param effect   the relative effect as a fraction (sample-size goal)
 * @param alpha    1 − confidence
 */
record PowerFields(PowerViewModel.Kind kind, PowerViewModel.Goal goal, double baseline, double deviation,
                   double effect, long usersPerVariant, double alpha, double power, boolean valid) {

    /** The messages shown next to the fields. */
    public static final class Messages {
        private final ReadOnlyStringWrapper baseline = new ReadOnlyStringWrapper(this, "baseline", "");
        private final ReadOnlyStringWrapper deviation = new ReadOnlyStringWrapper(this, "deviation", "");
        private final ReadOnlyStringWrapper effect = new ReadOnlyStringWrapper(this, "effect", "");
        private final ReadOnlyStringWrapper users = new ReadOnlyStringWrapper(this, "users", "");
        private final ReadOnlyStringWrapper confidence = new ReadOnlyStringWrapper(this, "confidence", "");
        private final ReadOnlyStringWrapper power = new ReadOnlyStringWrapper(this, "power", "");

        public ReadOnlyStringProperty baselineProperty() {
            return baseline.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty deviationProperty() {
            return deviation.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty effectProperty() {
            return effect.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty usersProperty() {
            return users.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty confidenceProperty() {
            return confidence.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty powerProperty() {
            return power.getReadOnlyProperty();
        }
    }

    static PowerFields read(PowerViewModel model, Messages messages) {
        boolean proportion = model.kindProperty().get() == PowerViewModel.Kind.PROPORTION;
        boolean sampleSize = model.goalProperty().get() == PowerViewModel.Goal.SAMPLE_SIZE;
        OptionalDouble baseline = PowerInputs.number(model.baselineProperty().get());
        messages.baseline.set(baseline.isEmpty() ? "Enter a number." : proportion
                && !(baseline.getAsDouble() > 0 && baseline.getAsDouble() < 100)
                ? "A conversion rate is between 0% and 100%, e.g. 10 for 10%." : !proportion
                && baseline.getAsDouble() == 0 ? "The mean must not be 0: the effect is relative to it." : "");
        OptionalDouble deviation = PowerInputs.number(model.deviationProperty().get());
        messages.deviation.set(proportion ? "" : deviation.isEmpty() ? "Enter a number."
                : deviation.getAsDouble() <= 0 ? "The standard deviation must be above 0." : "");
        OptionalDouble effect = PowerInputs.number(model.effectProperty().get());
        String effectProblem = !sampleSize ? "" : effect.isEmpty() ? "Enter a number."
                : effect.getAsDouble() == 0 ? "An effect of 0% cannot be detected; enter the lift you hope for."
                : proportion && baseline.isPresent() && outsideRate(baseline.getAsDouble() * (1 + effect.getAsDouble()
                / 100)) ? "This lift takes the rate outside 0% to 100%." : "";
        messages.effect.set(effectProblem);
        OptionalDouble users = PowerInputs.number(model.usersPerVariantProperty().get());
        messages.users.set(sampleSize ? "" : users.isEmpty() ? "Enter a number of users."
                : users.getAsDouble() < 2 || users.getAsDouble() != Math.rint(users.getAsDouble())
                ? "Enter a whole number of users, at least 2." : "");
        OptionalDouble confidence = PowerInputs.number(model.confidenceProperty().get());
        messages.confidence.set(confidence.isEmpty() ? "Enter a number." : !(confidence.getAsDouble() >= 50
                && confidence.getAsDouble() < 100) ? "Use a level from 50% to below 100%, usually 95." : "");
        OptionalDouble power = PowerInputs.number(model.powerProperty().get());
        messages.power.set(power.isEmpty() ? "Enter a number." : !(power.getAsDouble() >= 50
                && power.getAsDouble() < 100) ? "Use a power from 50% to below 100%, usually 80." : "");
        boolean valid = messages.baseline.get().isEmpty() && messages.deviation.get().isEmpty()
                && messages.effect.get().isEmpty() && messages.users.get().isEmpty()
                && messages.confidence.get().isEmpty() && messages.power.get().isEmpty();
        return new PowerFields(model.kindProperty().get(), model.goalProperty().get(),
                proportion ? baseline.orElse(Double.NaN) / 100 : baseline.orElse(Double.NaN),
                deviation.orElse(Double.NaN), effect.orElse(Double.NaN) / 100, (long) users.orElse(0),
                1 - confidence.orElse(Double.NaN) / 100, power.orElse(Double.NaN) / 100, valid);
    }

    private static boolean outsideRate(double percent) {
        return !(percent > 0 && percent < 100);
    }
}
