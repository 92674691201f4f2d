package com.splitbench.ui.source;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The passwords typed in this session, per saved source, so that each is asked for once. They live in memory only:
 * never written to the workspace, the settings or a log, and gone when Splitbench closes.
 */
public final class SourcePasswords {

    private record Key(Path workspace, String source) {
    }

    private final Map<Key, String> passwords = new ConcurrentHashMap<>();

    public Optional<String> get(Path workspace, String source) {
        return Optional.ofNullable(passwords.get(new Key(workspace, source)));
    }

    /** Remembers the password that worked (an empty one is forgotten: the source needs none). */
    public void remember(Path workspace, String source, String password) {
        Key key = new Key(workspace, source);
        if (password == null || password.isEmpty()) {
            passwords.remove(key);
        } else {
            passwords.put(key, password);
        }
    }

    @Override
    public String toString() {
        return "SourcePasswords[" + passwords.size() + " kept in memory]";
    }
}
