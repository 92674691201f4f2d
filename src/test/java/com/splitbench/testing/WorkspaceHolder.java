package com.splitbench.testing;

import com.splitbench.workspace.Workspace;
import java.nio.file.Path;

/** A child process that opens a workspace, says so, and holds it until its standard input closes. */
public final class WorkspaceHolder {

    private WorkspaceHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace workspace = Workspace.openOrCreate(Path.of(args[0]))) {
            System.out.println("open " + workspace.schemaVersion());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the workspace open
            }
        }
    }
}
