package com.splitbench.spec;

/** The multiple-testing correction applied over goal metrics × treatment variants. */
public enum Correction {
    NONE("none"),
    HOLM("holm"),
    BENJAMINI_HOCHBERG("bh");

    private final String cliName;

    Correction(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on the command line and in files: none, holm or bh. */
    public String cliName() {
        return cliName;
    }

    public static Correction fromCliName(String name) {
        for (Correction correction : values()) {
            if (correction.cliName.equalsIgnoreCase(name) || correction.name().equalsIgnoreCase(name)) {
                return correction;
            }
        }
        throw new InvalidSpecException("Unknown correction '" + name + "': use none, holm or bh.");
    }
}
