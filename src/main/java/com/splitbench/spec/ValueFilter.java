package com.splitbench.spec;

/**
 * A structured condition on an event's value, e.g. {@code value > 0}. It is structured (never SQL text) so that the
 * warehouse dialects compile it with bind parameters.
 *
 * @param op the comparison, or {@link Op#ANY} for no condition
 * @param operand the right-hand side; ignored for {@link Op#ANY}
 */
public record ValueFilter(Op op, double operand) {

    /** No condition: every event of the type counts, with or without a value. */
    public static final ValueFilter NONE = new ValueFilter(Op.ANY, 0);

    /** The comparisons a filter may use. An event without a value never matches a comparison other than ANY. */
    public enum Op {
        ANY("any"), EQ("="), NE("!="), GT(">"), GE(">="), LT("<"), LE("<=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public ValueFilter {
        SpecChecks.requireNonNull(op, "filter operator");
        if (op != Op.ANY && !Double.isFinite(operand)) {
            throw new InvalidSpecException("The value filter needs a finite number, got " + operand + ".");
        }
    }

    /** Whether an event with this value matches. {@code NaN} stands for an event without a value. */
    public boolean matches(double value) {
        if (op == Op.ANY) {
            return true;
        }
        if (Double.isNaN(value)) {
            return false;
        }
        return switch (op) {
            case EQ -> value == operand;
            case NE -> value != operand;
            case GT -> value > operand;
            case GE -> value >= operand;
            case LT -> value < operand;
            case LE -> value <= operand;
            case ANY -> true;
        };
    }

    public boolean isNone() {
        return op == Op.ANY;
    }

    @Override
    public String toString() {
        return op == Op.ANY ? "any value" : "value " + op.symbol() + " " + operand;
    }
}
