package org.openras.tables.architecture;

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
 * The architecture of ras-tables, checked on its compiled main classes: the JSON formats and table
 * providers on jackson-core's streaming API alone (no databind, no CSV, no numeric library),
 * writing nothing to the console, and every public type stating its API stability.
 */
class TablesArchitectureTest {

  /** The main classes of this module (the tests run in the module's directory). */
  private static final JavaClasses TABLES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(Path.of("target", "classes"));

  @Test
  void theMainClassesAreImported() {
    // guards the other rules: an empty import would make every rule below pass vacuously
    assertThat(TABLES.contain("org.openras.tables.RasJson")).isTrue();
    assertThat(TABLES.contain("org.openras.tables.TableReader")).isTrue();
    assertThat(TABLES.size()).isGreaterThan(10);
  }

  @Test
  void theFormatsNeedJacksonCoreOnly() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "com.google.common..",
            "com.fasterxml.jackson.core..",
            "org.openras..",
            "org.apiguardian.api..")
        .because(
            "a system that only reads tables and computes budgets must not pull in databind,"
                + " CSV or a numeric library")
        .check(TABLES);
  }

  @Test
  void theFormatsDoNotReachIntoCaseloadRunsOrTheCommand() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.openras.tables.batch..", "org.openras.examples..", "picocli..")
        .because("caseload runs and the command build on the formats, not the other way round")
        .check(TABLES);
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
        .because("problems are reported by exceptions; printing and exit codes are the command's")
        .check(TABLES);
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
        .check(TABLES);
  }
}
