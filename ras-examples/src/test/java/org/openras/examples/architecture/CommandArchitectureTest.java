package org.openras.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openras.engine.RasEngine;
import org.openras.service.RasService;
import org.openras.tables.RasJson;
import org.openras.tables.batch.BatchRun;

/**
 * The architecture of ras-examples, checked on its compiled main classes: the command and the
 * embedding example are users of OpenRAS like any other, so they reach our modules through the
 * packages those modules export (read from their module descriptors) and nothing else.
 */
class CommandArchitectureTest {

  /** The main classes of this module (the tests run in the module's directory). */
  private static final JavaClasses COMMAND =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(Path.of("target", "classes"));

  /** The packages that our named modules export to everyone, from their module descriptors. */
  private static final Set<String> EXPORTED =
      exported(RasEngine.class, RasJson.class, BatchRun.class, RasService.class);

  static {
    // ras-calibration and ras-xlsx are automatic modules (a library of each requires a module
    // named from a jar's file name), so they export their one package to everyone
    EXPORTED.add("org.openras.calibration");
    EXPORTED.add("org.openras.xlsx");
  }

  private static Set<String> exported(Class<?>... fromModules) {
    Set<String> packages = new TreeSet<>();
    for (Class<?> c : fromModules) {
      Path location;
      try {
        location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
      } catch (URISyntaxException e) {
        throw new AssertionError(e);
      }
      for (ModuleReference ref : ModuleFinder.of(location).findAll()) {
        for (ModuleDescriptor.Exports e : ref.descriptor().exports()) {
          if (!e.isQualified()) {
            packages.add(e.source());
          }
        }
      }
    }
    return packages;
  }

  @Test
  void theClassesAndTheExportsAreRead() {
    // guards the rules below: an empty import or no exports would make them pass vacuously
    assertThat(COMMAND.contain("org.openras.examples.cli.RasCommand")).isTrue();
    assertThat(EXPORTED)
        .contains("org.openras.engine", "org.openras.tables", "org.openras.service");
  }

  @Test
  void theCommandUsesOnlyWhatOurModulesExport() {
    DescribedPredicate<JavaClass> allowed =
        DescribedPredicate.describe(
            "in an exported package of OpenRAS, this module, the JDK or a library",
            c -> {
              String p = c.getPackageName();
              return !p.startsWith("org.openras") // a library or the JDK
                  || p.startsWith("org.openras.examples")
                  || EXPORTED.contains(p);
            });
    classes()
        .should()
        .onlyDependOnClassesThat(allowed)
        .because(
            "the command is an example of embedding: what it needs, every user needs, so it"
                + " must be API")
        .check(COMMAND);
  }

  @Test
  void onlyTheEntryPointEndsTheProcess() {
    noClasses()
        .that()
        .doNotHaveSimpleName("RasCommand")
        .should()
        .callMethod(System.class, "exit", int.class)
        .orShould()
        .callMethod(Runtime.class, "halt", int.class)
        .because("exit codes come from one mapper, in main (see README, exit codes)")
        .check(COMMAND);
  }
}
