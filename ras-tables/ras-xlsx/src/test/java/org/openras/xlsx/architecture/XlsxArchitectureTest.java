package org.openras.xlsx.architecture;

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
 * The architecture of ras-xlsx, checked on its compiled main classes: workbooks are read and
 * written with POI and turned into tables through the exported API of the core and the JSON formats
 * (the same validator), nothing is printed, and the module is an automatic module with a declared
 * name (POI's own descriptor requires a module named from a jar's file name).
 */
class XlsxArchitectureTest {

  /** The main classes of this module (the tests run in the module's directory). */
  private static final JavaClasses XLSX =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(Path.of("target", "classes"));

  @Test
  void theMainClassesAreImported() {
    // guards the other rules: an empty import would make every rule below pass vacuously
    assertThat(XLSX.contain("org.openras.xlsx.XlsxTables")).isTrue();
  }

  @Test
  void workbooksBecomeTablesThroughTheApiOnly() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "javax.xml..",
            "org.xml.sax..",
            "org.w3c.dom..",
            "com.google.common..",
            "org.apache.poi..",
            "org.apache.xmlbeans..",
            "org.openxmlformats..",
            "org.apiguardian.api..",
            "org.openras",
            "org.openras.explain",
            "org.openras.table",
            "org.openras.tables",
            "org.openras.xlsx..")
        .because(
            "an automatic module reads everything: this rule keeps it to the API, so that a"
                + " workbook is checked by the same validator as JSON and code")
        .check(XLSX);
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
        .check(XLSX);
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
        .check(XLSX);
  }

  @Test
  void noModuleDescriptorAndADeclaredAutomaticModuleName() throws IOException {
    assertThat(Path.of("target", "classes", "module-info.class")).doesNotExist();
    // the jar's manifest is written at package time, after the tests, so the rule is read from
    // the configuration that writes it; the consumer check (ras-examples/consumer) reads the
    // installed jar's module name
    assertThat(Files.readString(Path.of("pom.xml")))
        .contains("<Automatic-Module-Name>org.openras.xlsx</Automatic-Module-Name>");
  }
}
