package org.openras.tables.batch.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The architecture of ras-caseload, checked on its compiled main classes: caseload runs build on
 * the core and the JSON formats with Jackson's CSV support, need no numeric library (calibration is
 * a module of its own), print nothing (the command reports), and every public type states its API
 * stability.
 */
class CaseloadArchitectureTest {

  /** The main classes of this module (the tests run in the module's directory). */
  private static final JavaClasses CASELOAD =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(Path.of("target", "classes"));

  @Test
  void theMainClassesAreImported() {
    // guards the other rules: an empty import would make every rule below pass vacuously
    assertThat(CASELOAD.contain("org.openras.tables.batch.BatchRun")).isTrue();
    assertThat(CASELOAD.size()).isGreaterThan(10);
  }

  @Test
  void caseloadRunsDependOnTheJdkTheCoreTheFormatsAndJacksonOnly() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "com.google.common..",
            "com.fasterxml.jackson..",
            "org.openras..",
            "org.apiguardian.api..")
        .check(CASELOAD);
  }

  @Test
  void caseloadRunsDoNotReachIntoTheCommand() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.openras.examples..", "org.openras.calibration..", "picocli..", "me.tongfei..")
        .because("the command and calibration build on caseload runs, not the other way round")
        .check(CASELOAD);
  }

  @Test
  void aLibraryPrintsNothing() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .because("progress goes to a listener and problems to exceptions or the error file")
        .check(CASELOAD);
  }

  @Test
  void everyPublicTypeStatesItsApiStability() {
    classes()
        .that()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .should()
        .beAnnotatedWith(API.class)
        .because("users must know which types they may rely on")
        .check(CASELOAD);
  }
}
