package com.splitbench.ui.report;

import com.splitbench.report.Report;
import com.splitbench.report.verify.VerifyResult;
import com.splitbench.ui.task.TaskContext;

/** Recomputes a report's numbers from the open workspace and compares them with the report. */
@FunctionalInterface
public interface WorkspaceCheck {

    /** Worker thread; throws {@link com.splitbench.common.UserFacingException} when it cannot run. */
    VerifyResult verify(Report report, TaskContext task) throws Exception;
}
