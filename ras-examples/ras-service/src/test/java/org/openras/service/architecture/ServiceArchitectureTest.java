package org.openras.service.architecture;

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
 * The architecture of ras-service, checked on its compiled main classes: the service answers with
 * what the library computes (it uses the core and the JSON formats, never the command or caseload
 * internals), Jetty stays inside this module, it never ends the process, and every public type
 * states its API stability.
 */
class ServiceArchitectureTest {

  /** The main classes of this module (the tests run in the module's directory). */
  private static final JavaClasses SERVICE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(Path.of("target", "classes"));

  @Test
  void theMainClassesAreImported() {
    // guards the other rules: an empty import would make every rule below pass vacuously
    assertThat(SERVICE.contain("org.openras.service.RasService")).isTrue();
  }

  @Test
  void theServiceDependsOnTheLibraryJettyAndJacksonCoreOnly() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "javax..",
            "com.google.common..",
            "com.fasterxml.jackson.core..",
            "org.eclipse.jetty..",
            "org.slf4j..",
            "org.apiguardian.api..",
            "org.openras..")
        .check(SERVICE);
  }

  @Test
  void theServiceDoesNotReachIntoTheCommand() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.openras.examples..", "picocli..")
        .because("the command starts the service, not the other way round")
        .check(SERVICE);
  }

  @Test
  void theServiceNeverEndsTheProcess() {
    noClasses()
        .should()
        .callMethod(System.class, "exit", int.class)
        .orShould()
        .callMethod(Runtime.class, "halt", int.class)
        .because("an embedding application owns its process; stopping is close()")
        .check(SERVICE);
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
        .check(SERVICE);
  }
}
