package org.openras.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The architecture of ras-core, checked on its compiled main classes: it depends on the JDK and
 * Guava only, does no I/O, has no package cycles, and marks the stability of its public API.
 */
class ArchitectureTest {

  /** The main classes of this module (the tests run in the module's directory). */
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(Path.of("target", "classes"));

  @Test
  void theMainClassesAreImported() {
    // guards the other rules: an empty import would make every rule below pass vacuously
    assertThat(CORE.contain("org.openras.engine.RasEngine")).isTrue();
    assertThat(CORE.contain("org.openras.engine.ExactCalculation")).isTrue();
    assertThat(CORE.size()).isGreaterThan(40);
  }

  @Test
  void coreDependsOnTheJdkAndGuavaOnly() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..", "com.google.common..", "org.openras..", "org.apiguardian.api..")
        .because("ras-core is the pure domain: JDK and Guava only (apiguardian: annotations)")
        .check(CORE);
  }

  @Test
  void coreDoesNoIo() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.io..",
            "java.nio.file..",
            "java.nio.channels..",
            "java.net..",
            "java.sql..",
            "java.lang.reflect..")
        .orShould()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .accessField(System.class, "in")
        .because("reading and writing belong to ras-tables and the applications, not the domain")
        .check(CORE);
  }

  @Test
  void engineStepsDoNotReachOutOfTheDomain() {
    noClasses()
        .that()
        .resideInAPackage("org.openras.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.openras.generate..",
            "java.util.concurrent.locks..",
            "java.time.Clock",
            "java.util.Random")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "nanoTime")
        .because(
            "a result depends on the table and the assessment only, never on the clock,"
                + " chance or test generators")
        .check(CORE);
  }

  @Test
  void noPackageCycles() {
    slices().assignedFrom(byPackage()).should().beFreeOfCycles().check(CORE);
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
        .because("users must know which types they may rely on (see README, Quality gates)")
        .check(CORE);
  }

  @Test
  void implementationClassesAreNotPublic() {
    classes()
        .that()
        .haveSimpleNameStartingWith("ExactCalculation")
        .or()
        .haveSimpleName("AnswerRules")
        .or()
        .haveSimpleName("NoRecording")
        .or()
        .haveSimpleNameStartingWith("Scaled")
        .or()
        .haveSimpleName("Encoding")
        .or()
        .haveSimpleName("Fixed")
        .or()
        .haveSimpleName("Plan")
        .or()
        .haveSimpleName("TableValidator")
        .or()
        .haveSimpleName("CanonicalForm")
        .or()
        .haveSimpleName("Sentences")
        .should()
        .notBePublic()
        .check(CORE);
  }

  /** Each package is one slice, the root package org.openras included. */
  private static SliceAssignment byPackage() {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        return SliceIdentifier.of(javaClass.getPackageName());
      }

      @Override
      public String getDescription() {
        return "packages of ras-core";
      }
    };
  }
}
