package com.splitbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layers of docs/architecture.md apart. */
@AnalyzeClasses(packages = "com.splitbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule pureCoreHasNoUiSqlOrFiles = noClasses()
            .that().resideInAnyPackage("com.splitbench.stats..", "com.splitbench.spec..", "com.splitbench.common..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "java.sql..", "java.awt..", "com.splitbench.ui..",
                    "com.splitbench.workspace..", "com.splitbench.analysis..", "com.splitbench.cli..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("com.splitbench.ui..", "com.splitbench.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule sqlStaysInDataLayers = noClasses()
            .that().resideOutsideOfPackages("com.splitbench.workspace..", "com.splitbench.analysis..",
                    "com.splitbench.warehouse..", "com.splitbench.app..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule coreDoesNotDependOnFrontEnds = noClasses()
            .that().resideOutsideOfPackages("com.splitbench.ui..", "com.splitbench.cli..", "com.splitbench.app..")
            .should().dependOnClassesThat().resideInAnyPackage("com.splitbench.ui..", "com.splitbench.cli..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule cliDoesNotUseUi = noClasses()
            .that().resideInAPackage("com.splitbench.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("com.splitbench.ui..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule reportNeedsNeitherTheAppNorJavaFxCharts = noClasses()
            .that().resideInAPackage("com.splitbench.report..")
            .should().dependOnClassesThat().resideInAnyPackage("com.splitbench.app..", "org.jfree.chart.fx..")
            .allowEmptyShould(true);
}
