package com.splitbench.testing;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The content of a workspace database, table by table: row counts and a SHA-256 over every value (BLOBs
 * included), read with plain JDBC so it does not depend on the code under test. Two equal snapshots mean the
 * same tables with the same rows.
 */
public final class WorkspaceSnapshot {

    private WorkspaceSnapshot() {
    }

    public static List<String> of(Path workspaceDir) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + workspaceDir.resolve("workspace")
                + ";IFEXISTS=TRUE", "sa", "");
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'PUBLIC' ORDER BY table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            List<String> snapshot = new ArrayList<>();
            for (String table : tables) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long rows = 0;
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        rows++;
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            byte[] value = meta.getColumnType(c) == java.sql.Types.BLOB ? rs.getBytes(c)
                                    : rs.getString(c) == null ? null
                                    : rs.getString(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                            digest.update(value == null ? new byte[] {0} : value);
                            digest.update((byte) 0x1F);
                        }
                    }
                }
                snapshot.add(table + ": " + rows + " rows " + HexFormat.of().formatHex(digest.digest()));
            }
            return snapshot;
        }
    }
}
