package com.splitbench.ui.importwizard;

import com.splitbench.workspace.ImportShape;
import java.util.Arrays;
import javafx.util.StringConverter;

/** Shapes as the user reads them. */
final class ShapeNames extends StringConverter<ImportShape> {
    @Override
    public String toString(ImportShape shape) {
        return shape == null ? "" : FileSetup.shapeWord(shape);
    }

    @Override
    public ImportShape fromString(String text) {
        return Arrays.stream(ImportShape.values())
                .filter(shape -> FileSetup.shapeWord(shape).equals(text)).findFirst().orElse(null);
    }
}
