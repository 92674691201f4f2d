package com.splitbench.spec;

/** Precondition checks shared by the spec records, with messages a user can act on. */
final class SpecChecks {

    static final int MAX_NAME_LENGTH = 200;

    private SpecChecks() {
    }

    static void requireNonNull(Object value, String what) {
        if (value == null) {
            throw new InvalidSpecException("The " + what + " is missing.");
        }
    }

    static void requireName(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidSpecException("The " + what + " is missing.");
        }
        if (value.length() > MAX_NAME_LENGTH) {
            throw new InvalidSpecException("The " + what + " is longer than " + MAX_NAME_LENGTH + " characters.");
        }
    }

    static String optionalText(String value, int maxLength, String what) {
        if (value == null) {
            return "";
        }
        if (value.length() > maxLength) {
            throw new InvalidSpecException("The " + what + " is longer than " + maxLength + " characters.");
        }
        return value;
    }
}
