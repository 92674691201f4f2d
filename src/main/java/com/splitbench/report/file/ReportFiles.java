package com.splitbench.report.file;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.splitbench.common.UserFacingException;
import com.splitbench.report.AtomicFiles;
import com.splitbench.report.OpenedReport;
import com.splitbench.report.Report;
import com.splitbench.report.ReportFileException;
import com.splitbench.spec.json.SpecJson;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes {@code .splitreport} files (docs/report-format.md). Reading a file from someone else is safe:
 * sizes are bounded before anything is allocated, no class name or type comes from the file, every field is
 * validated, and nothing in it is executed or used as a path or a connection. Every problem becomes one
 * {@link ReportFileException} that names the file and what is wrong.
 */
public final class ReportFiles {

    private static final System.Logger LOG = System.getLogger(ReportFiles.class.getName());
    private static final ObjectMapper MAPPER = ReportObjectMapper.create();
    private static final ObjectWriter WRITER = ReportObjectMapper.writer(MAPPER);

    /** A format problem found before binding, phrased to follow "Cannot open FILE: ". */
    private static final class FormatProblem extends Exception {
        private static final long serialVersionUID = 1L;

        FormatProblem(String message) {
            super(message);
        }
    }

    private ReportFiles() {
    }

    /** Opens a report. */
    public static OpenedReport read(Path file) {
        try {
            byte[] json = ReportContainer.readJson(file);
            Parsed parsed = parse(json);
            return new OpenedReport(file, parsed.version(), parsed.report());
        } catch (NoSuchFileException e) {
            throw failure(file, "the file does not exist", e);
        } catch (AccessDeniedException e) {
            throw failure(file, "Splitbench has no permission to read it", e);
        } catch (IOException | FormatProblem | RuntimeException e) {
            throw failure(file, describe(e), e);
        }
    }

    /** Writes a report atomically (a temporary file beside the target, then one move). */
    public static void write(Report report, Path target) {
        AtomicFiles.write(target, toBytes(report));
    }

    /**
     * The bytes of the report file. The JSON is read back through the same checks as {@link #read} first, so that
     * Splitbench never writes a report it would refuse to open.
     */
    public static byte[] toBytes(Report report) {
        byte[] json = toJsonBytes(report);
        try {
            parse(json);
        } catch (IOException | FormatProblem | RuntimeException e) {
            throw new ReportFileException("Cannot save the report of " + report.experimentKey() + ": "
                    + describe(e) + ".", e);
        }
        byte[] zipped = ReportContainer.zip(json, report.createdAt());
        if (zipped.length > ReportLimits.MAX_FILE_BYTES) {
            throw new ReportFileException("Cannot save the report of " + report.experimentKey() + ": it would take "
                    + zipped.length / (1024 * 1024) + " MB, more than a report may. Analyse fewer metrics, a shorter "
                    + "period or without a breakdown.");
        }
        return zipped;
    }

    /** The report's JSON, as stored inside the file (also readable on its own). */
    public static byte[] toJsonBytes(Report report) {
        try {
            return WRITER.writeValueAsBytes(ReportMapper.toJson(report));
        } catch (JacksonException e) {
            throw new IllegalStateException("A report could not be written as JSON", e);
        }
    }

    private record Parsed(int version, Report report) {
    }

    private static Parsed parse(byte[] json) throws IOException, FormatProblem {
        JsonShapeScan.Header header = JsonShapeScan.scan(MAPPER.getFactory(), json);
        int version = checkFormat(header);
        ReportJson dto;
        if (version == ReportJson.CURRENT_VERSION) {
            dto = MAPPER.readValue(json, ReportJson.class);
        } else {
            ObjectNode root = (ObjectNode) MAPPER.readTree(json);
            dto = MAPPER.treeToValue(ReportMigrations.STANDARD.migrate(root, version), ReportJson.class);
        }
        Report report = ReportMapper.toDomain(dto);
        try {
            report.resultsAsSaved();
        } catch (UserFacingException e) {
            throw new ContentException("statistics", "cannot be analysed under the saved settings: " + e.getMessage());
        }
        return new Parsed(version, report);
    }

    private static int checkFormat(JsonShapeScan.Header header) throws FormatProblem {
        if (SpecJson.FORMAT.equals(header.format())) {
            throw new FormatProblem("it is an analysis spec, not a report (use it with 'analyze --spec')");
        }
        if (!ReportJson.FORMAT.equals(header.format())) {
            throw new FormatProblem("it is not a Splitbench report (it has no \"format\": \"" + ReportJson.FORMAT
                    + "\")");
        }
        Integer version = header.version();
        if (version == null || version < 1) {
            throw new FormatProblem("it has no valid format version");
        }
        if (version > ReportJson.CURRENT_VERSION) {
            throw new FormatProblem("it was written by a newer Splitbench (report format version " + version
                    + "; this version reads versions 1 to " + ReportJson.CURRENT_VERSION
                    + "). Update Splitbench to open it");
        }
        return version;
    }

    private static String describe(Exception e) {
        if (e instanceof ContentException c) {
            return "the field " + (c.path().isEmpty() ? "(root)" : c.path()) + " " + c.getMessage();
        }
        if (e instanceof JsonEOFException j) {
            return "the JSON ends early" + where(j.getLocation()) + ": the file is truncated or damaged";
        }
        if (e instanceof StreamConstraintsException s) {
            return "it exceeds a size limit of report files (" + s.getOriginalMessage() + ")";
        }
        if (e.getCause() instanceof StreamConstraintsException s) {
            return "it exceeds a size limit of report files (" + s.getOriginalMessage() + ")";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "it has an unknown field '" + u.getPropertyName() + "' in " + parentPath(u)
                    + ": it was not written by this version of Splitbench, or it was edited";
        }
        if (e instanceof MismatchedInputException m) {
            return "the field " + path(m) + where(m.getLocation()) + " has the wrong type or value ("
                    + m.getOriginalMessage() + ")";
        }
        if (e instanceof JsonMappingException m) {
            return "the field " + path(m) + " cannot be read (" + m.getOriginalMessage() + ")";
        }
        if (e instanceof JacksonException j) {
            return "it is not valid JSON" + where(j.getLocation()) + " (" + j.getOriginalMessage() + ")";
        }
        if (e instanceof IOException || e instanceof FormatProblem) {
            return e.getMessage();
        }
        LOG.log(Level.DEBUG, "Unexpected failure reading a report", e);
        return "the file is damaged (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    }

    private static ReportFileException failure(Path file, String problem, Throwable cause) {
        return new ReportFileException(Printable.of("Cannot open " + file + ": " + problem + "."), cause);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "(root)" : path.toString();
    }

    /** The object that holds the unknown field: its path without the last step (the field itself). */
    private static String parentPath(JsonMappingException e) {
        String path = path(e);
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "(root)" : path.substring(0, cut);
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
