package org.openras.calibration.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The architecture of ras-calibration, checked on its compiled main classes: calibration builds on
 * caseload runs through their API, keeps the numeric library behind one class, prints nothing, and
 * is published as an automatic module with a declared name (it has no module descriptor, because
 * Hipparchus declares no module name).
 */
class CalibrationArchitectureTest {

  /** The main classes of this module (the tests run in the module's directory). */
  private static final JavaClasses CALIBRATION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(Path.of("target", "classes"));

  @Test
  void theMainClassesAreImported() {
    // guards the other rules: an empty import would make every rule below pass vacuously
    assertThat(CALIBRATION.contain("org.openras.calibration.Calibration")).isTrue();
    assertThat(CALIBRATION.contain("org.openras.calibration.NonNegativeLeastSquares")).isTrue();
  }

  @Test
  void theNumericLibraryStaysInsideTheFit() {
    noClasses()
        .that()
        .doNotHaveSimpleName("NonNegativeLeastSquares")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.hipparchus..")
        .because("the linear algebra is one small part of calibration, behind one class")
        .check(CALIBRATION);
  }

  @Test
  void calibrationUsesTheExportedApiOfTheOtherModules() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "com.google.common..",
            "org.hipparchus..",
            "org.apiguardian.api..",
            "org.openras",
            "org.openras.assessment",
            "org.openras.engine",
            "org.openras.explain",
            "org.openras.report",
            "org.openras.table",
            "org.openras.tables",
            "org.openras.tables.batch",
            "org.openras.calibration..")
        .because("an automatic module reads everything: this rule keeps it to the API")
        .check(CALIBRATION);
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
        .check(CALIBRATION);
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
        .check(CALIBRATION);
  }

  @Test
  void noModuleDescriptorAndADeclaredAutomaticModuleName() throws IOException {
    assertThat(Path.of("target", "classes", "module-info.class")).doesNotExist();
    // the jar's manifest is written at package time, after the tests, so the rule is read from
    // the configuration that writes it; the consumer check (ras-examples/consumer) reads the
    // installed jar's module name
    String pom = Files.readString(Path.of("pom.xml"));
    assertThat(pom)
        .contains("<Automatic-Module-Name>org.openras.calibration</Automatic-Module-Name>");
  }
}
