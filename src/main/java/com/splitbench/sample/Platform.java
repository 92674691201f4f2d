package com.splitbench.sample;

/** The client platform of a user, as written in the assignment context. */
public enum Platform {
    IOS("ios"),
    ANDROID("android"),
    WEB("web");

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
