package com.splitbench.warehouse;

import com.splitbench.common.UserFacingException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * Opens JDBC connections to warehouse sources. PostgreSQL's driver ships with Splitbench; other engines' drivers
 * come from the class path or from a driver jar the user names ({@code --driver-jar}), loaded in its own class
 * loader and asked directly, so no restart or class-path change is needed.
 */
public final class WarehouseConnections {

    private WarehouseConnections() {
    }

    /** Opens a connection; failures become messages that say what to check, without the password. */
    public static Connection open(DataSourceDefinition source, Credentials credentials, Optional<Path> driverJar) {
        Properties properties = new Properties();
        credentials.user().ifPresent(user -> properties.setProperty("user", user));
        credentials.password().ifPresent(password -> properties.setProperty("password", password));
        try {
            if (driverJar.isPresent()) {
                Driver driver = driverFrom(driverJar.get(), source.jdbcUrl());
                Connection connection = driver.connect(source.jdbcUrl(), properties);
                if (connection == null) {
                    throw new UserFacingException("The driver in " + driverJar.get() + " does not accept the URL "
                            + safeUrl(source.jdbcUrl()) + ".");
                }
                return connection;
            }
            return DriverManager.getConnection(source.jdbcUrl(), properties);
        } catch (SQLException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (message.startsWith("No suitable driver")) {
                throw new UserFacingException("No JDBC driver for " + safeUrl(source.jdbcUrl()) + " is available. "
                        + "Download the engine's JDBC driver jar and pass it with --driver-jar "
                        + "(see docs/warehouse.md).", e);
            }
            throw new UserFacingException("Could not connect to " + safeUrl(source.jdbcUrl()) + ": " + message
                    + " Check the URL, the user and the password (" + Credentials.DEFAULT_PASSWORD_VARIABLE + " or "
                    + "--password-env).", e);
        }
    }

    private static Driver driverFrom(Path jar, String url) throws SQLException {
        if (!Files.isRegularFile(jar)) {
            throw new UserFacingException("The driver jar " + jar + " does not exist.");
        }
        URLClassLoader loader;
        try {
            loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, WarehouseConnections.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new UserFacingException("Cannot read the driver jar " + jar + ".", e);
        }
        for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        throw new UserFacingException("The jar " + jar + " holds no JDBC driver for " + safeUrl(url) + ".");
    }

    /** The URL up to its parameters, for messages. */
    static String safeUrl(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', ';', '&'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return url.substring(0, cut);
    }
}
