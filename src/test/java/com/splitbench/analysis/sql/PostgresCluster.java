package com.splitbench.analysis.sql;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: initdb and pg_ctl in a temporary directory, listening
 * on a free loopback port, torn down (stopped and deleted) by {@link #close()}. initdb refuses to run as root, so
 * as root the cluster is created and run as the {@code postgres} OS user (which Debian's package creates).
 */
public final class PostgresCluster implements AutoCloseable {

    private static final long START_TIMEOUT_SECONDS = 60;

    private final Path binaries;
    private final Path directory;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresCluster(Path binaries, Path directory, int port, boolean asPostgresUser) {
        this.binaries = binaries;
        this.directory = directory;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /**
     * The directory holding initdb and pg_ctl: from the PATH, else the newest /usr/lib/postgresql/N/bin (Debian
     * keeps them off the PATH).
     */
    public static Optional<Path> findBinaries() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String entry : path.split(java.io.File.pathSeparator)) {
            Path dir = Path.of(entry);
            if (Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl"))) {
                return Optional.of(dir);
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb"))
                            && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(PostgresCluster::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Creates and starts a cluster with the binaries in {@code binaries}. */
    public static PostgresCluster start(Path binaries) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path directory = Files.createTempDirectory("splitbench-pg");
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        PostgresCluster cluster = new PostgresCluster(binaries, directory, port, root);
        try {
            if (root) {
                run(List.of("chown", "postgres", directory.toString()));
            }
            cluster.runAsOwner(List.of(binaries.resolve("initdb").toString(), "-D", cluster.data().toString(),
                    "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"));
            cluster.runAsOwner(List.of(binaries.resolve("pg_ctl").toString(), "-D", cluster.data().toString(), "-l",
                    directory.resolve("server.log").toString(), "-w", "-t", Long.toString(START_TIMEOUT_SECONDS), "-o",
                    "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off "
                            + "-c synchronous_commit=off -c full_page_writes=off", "start"));
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** A JDBC URL for the {@code postgres} database as the {@code postgres} user (trust authentication). */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    private Path data() {
        return directory.resolve("data");
    }

    private void runAsOwner(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(START_TIMEOUT_SECONDS * 2, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    /** Stops the server (immediately: the data is thrown away) and deletes the directory. */
    @Override
    public void close() {
        try {
            if (Files.exists(data().resolve("postmaster.pid"))) {
                runAsOwner(List.of(binaries.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate",
                        "-w", "stop"));
            }
        } catch (IOException | InterruptedException e) {
            System.err.println("Could not stop the test PostgreSQL cluster in " + directory + ": " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }
}
