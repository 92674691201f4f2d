package com.splitbench.warehouse;

import com.splitbench.common.UserFacingException;
import java.util.Map;
import java.util.Optional;

/**
 * A database user and password, given by the person running Splitbench: a command-line flag, an environment
 * variable or the connection dialog. Never read from a spec, a report or a workspace file, and never printed.
 */
public final class Credentials {

    /** The environment variable read for the password when no other is named. */
    public static final String DEFAULT_PASSWORD_VARIABLE = "SPLITBENCH_DB_PASSWORD";

    private static final Credentials NONE = new Credentials(null, null);

    private final String user;
    private final String password;

    private Credentials(String user, String password) {
        this.user = user;
        this.password = password;
    }

    /** No user or password: the URL or the driver's own configuration authenticates (e.g. BigQuery key files). */
    public static Credentials none() {
        return NONE;
    }

    /** A user and password given directly (the connection dialog). */
    public static Credentials of(String user, String password) {
        return new Credentials(blankToNull(user), password);
    }

    /**
     * The credentials of the command line: {@code --user}, and the password from {@code --password} if given, else
     * from the environment variable {@code passwordVariable} (default {@value #DEFAULT_PASSWORD_VARIABLE}) if set.
     *
     * @param passwordVariable the variable named by {@code --password-env}, or null for the default
     */
    public static Credentials fromCommandLine(String user, String passwordFlag, String passwordVariable,
            Map<String, String> environment) {
        if (passwordFlag != null) {
            return new Credentials(blankToNull(user), passwordFlag);
        }
        String variable = passwordVariable == null ? DEFAULT_PASSWORD_VARIABLE : passwordVariable;
        String password = environment.get(variable);
        if (password == null && passwordVariable != null) {
            throw new UserFacingException("The environment variable " + passwordVariable + " named by --password-env "
                    + "is not set. Export it with the database password, or leave --password-env out.");
        }
        return new Credentials(blankToNull(user), password);
    }

    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /** The password, for the JDBC driver only. */
    Optional<String> password() {
        return Optional.ofNullable(password);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "Credentials[user=" + (user == null ? "(none)" : user) + ", password=" + (password == null ? "(none)"
                : "(hidden)") + "]";
    }
}
