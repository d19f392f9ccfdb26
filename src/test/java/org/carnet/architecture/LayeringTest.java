package org.carnet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md: each library stays in the layer that owns it. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.carnet");
    }

    @Test
    void javafxOnlyInUiAndApp() {
        noClasses().that().resideOutsideOfPackages("..ui..", "org.carnet.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void sqlOnlyInStorage() {
        noClasses().that().resideOutsideOfPackage("org.carnet.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void uiNeverReachesStorage() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("org.carnet.storage..")
                .check(classes);
    }

    @Test
    void domainKnowsNothingOfTheApp() {
        noClasses().that().resideInAnyPackage("org.carnet.core..", "org.carnet.journal", "org.carnet.guidance..",
                        "org.carnet.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("org.carnet.app..", "..ui..")
                .check(classes);
    }

    @Test
    void gsonOnlyInExchange() {
        noClasses().that().resideOutsideOfPackage("org.carnet.exchange..")
                .should().dependOnClassesThat().resideInAPackage("com.google.gson..")
                .check(classes);
    }

    @Test
    void pdfOnlyInReport() {
        noClasses().that().resideOutsideOfPackage("org.carnet.report..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..")
                .check(classes);
    }

    @Test
    void chartsOnlyInUiAndReport() {
        noClasses().that().resideOutsideOfPackages("..ui..", "org.carnet.report..")
                .should().dependOnClassesThat().resideInAPackage("org.jfree..")
                .check(classes);
    }

    @Test
    void consoleOnlyFromTheCommandLine() {
        // The benchmark probe prints its timings: that is its whole purpose, and it only runs when asked.
        noClasses().that().doNotHaveFullyQualifiedName("org.carnet.app.Cli")
                .and().doNotHaveFullyQualifiedName("org.carnet.app.Launcher")
                .and().doNotHaveFullyQualifiedName("org.carnet.app.StartupProbe")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }
}
