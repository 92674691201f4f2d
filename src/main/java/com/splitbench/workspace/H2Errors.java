package com.splitbench.workspace;

import com.splitbench.common.UserFacingException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/** Translates H2's errors when opening a workspace into messages a user can act on. */
final class H2Errors {

    private H2Errors() {
    }

    static UserFacingException onOpen(Path directory, SQLException e) {
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new UserFacingException("The workspace " + directory + " is in use by another Splitbench"
                        + " (a window or a command that is still running). Close it, or wait for it to finish,"
                        + " and try again.", e);
            case ErrorCode.FILE_CORRUPTED_1:
            case ErrorCode.FILE_VERSION_ERROR_1:
                return new UserFacingException("The workspace " + directory + " is damaged or was not written by"
                        + " Splitbench (" + firstLine(e) + "). Restore it from a backup.", e);
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1:
                return new UserFacingException("The workspace " + directory + " has a marker file but no database."
                        + " Restore it from a backup, or remove the folder and import again.", e);
            default:
                return new UserFacingException("Cannot open the workspace " + directory + ": " + firstLine(e), e);
        }
    }

    static UserFacingException onAccess(Path directory, SQLException e) {
        return new UserFacingException("The workspace " + directory + " could not be read or written: "
                + firstLine(e) + ". Check the disk and try again.", e);
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
