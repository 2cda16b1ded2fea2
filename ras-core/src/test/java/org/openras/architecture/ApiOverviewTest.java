package org.openras.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The API overview {@code docs/api.md}: every public type of every package that ras-core's module
 * descriptor exports, with its {@code @API} status, generated from the compiled classes and
 * compared with the committed file. After a deliberate change of the API, write the file again with
 * {@code -Dapi.update=true}, read the diff, and commit it:
 *
 * <pre>
 * ./mvnw -B -q -o -pl ras-core test -Dtest=ApiOverviewTest -Djacoco.skip=true -Dapi.update=true
 * </pre>
 */
class ApiOverviewTest {

  /** The committed overview, at the repository's root (the tests run in the module's directory). */
  private static final Path OVERVIEW = Path.of("..", "docs", "api.md");

  private static final Path CLASSES = Path.of("target", "classes");

  private static final String REGENERATE =
      "./mvnw -B -q -o -pl ras-core test -Dtest=ApiOverviewTest -Djacoco.skip=true"
          + " -Dapi.update=true";

  @Test
  void docsApiMdListsEveryExportedType() throws IOException {
    String actual = overview();
    if (Boolean.getBoolean("api.update")) {
      Files.writeString(OVERVIEW, actual, StandardCharsets.UTF_8);
    }
    assertThat(OVERVIEW).as("%s is missing; write it with: %s", "docs/api.md", REGENERATE).exists();
    assertThat(Files.readString(OVERVIEW, StandardCharsets.UTF_8))
        .as(
            "%s differs from the public types of ras-core's exported packages; if the API change"
                + " is deliberate, write the file again with: %s (then read the diff and commit"
                + " it)",
            "docs/api.md", REGENERATE)
        .isEqualTo(actual);
  }

  @Test
  void theOverviewCoversTheKnownEntryPoints() throws IOException {
    // guards the comparison above: an empty import would make an empty overview "equal"
    String actual = overview();
    assertThat(actual)
        .contains("| `RasEngine` | class | STABLE |")
        .contains("## `org.openras.engine`")
        .contains("## `org.openras.testkit`")
        .doesNotContain("`Kernel`")
        .doesNotContain("`TableValidator`");
  }

  /** The overview as Markdown, one section per exported package, types sorted by name. */
  static String overview() throws IOException {
    List<String> packages = exportedPackages();
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(CLASSES);
    StringBuilder md = new StringBuilder();
    md.append("# API overview (generated)\n\n")
        .append(
            "Every public type of every package that the `ras-core` module (`org.openras.core`)\n")
        .append("exports, with its `@API` status (`org.apiguardian`): `STABLE` types keep their\n")
        .append("meaning and signatures within a major version; `EXPERIMENTAL` ones may still\n")
        .append("change in a minor release. A nested type without an annotation of its own has\n")
        .append("the status of the type around it. Everything else is implementation.\n\n")
        .append("This file is written by `ApiOverviewTest` (ras-core), which fails when it no\n")
        .append("longer matches the compiled classes. To write it again:\n\n")
        .append("```sh\n")
        .append(REGENERATE)
        .append("\n```\n");
    for (String pkg : packages) {
      List<JavaClass> types =
          classes.stream()
              .filter(c -> c.getPackageName().equals(pkg))
              .filter(ApiOverviewTest::isAccessible)
              .sorted(Comparator.comparing(ApiOverviewTest::nestedName))
              .toList();
      md.append("\n## `").append(pkg).append("`\n\n");
      if (types.isEmpty()) {
        md.append("No public types.\n");
        continue;
      }
      md.append("| type | kind | status | since |\n|---|---|---|---|\n");
      for (JavaClass c : types) {
        Optional<JavaAnnotation<JavaClass>> api = c.tryGetAnnotationOfType(API.class.getName());
        String status;
        String since;
        if (api.isPresent()) {
          status = api.get().get("status").map(ApiOverviewTest::enumName).orElse("?");
          since = api.get().get("since").map(Object::toString).orElse("");
        } else {
          status = "(as `" + nestedName(c.getEnclosingClass().orElseThrow()) + "`)";
          since = "";
        }
        md.append("| `")
            .append(nestedName(c))
            .append("` | ")
            .append(kind(c))
            .append(" | ")
            .append(status)
            .append(" | ")
            .append(since)
            .append(" |\n");
      }
    }
    return md.toString();
  }

  /** The packages that ras-core's compiled module descriptor exports, sorted. */
  private static List<String> exportedPackages() throws IOException {
    try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      TreeSet<String> packages = new TreeSet<>();
      for (ModuleDescriptor.Exports e : ModuleDescriptor.read(in).exports()) {
        assertThat(e.isQualified()).as("qualified export of %s", e.source()).isFalse();
        packages.add(e.source());
      }
      return List.copyOf(packages);
    }
  }

  /** Public, and every type around it public too (so that code outside can name it). */
  private static boolean isAccessible(JavaClass c) {
    if (c.isAnonymousClass() || c.isLocalClass()) {
      return false;
    }
    for (Optional<JavaClass> t = Optional.of(c); t.isPresent(); t = t.get().getEnclosingClass()) {
      if (!t.get().getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  /** The name inside the package: {@code RasTable.Builder} for a nested type. */
  private static String nestedName(JavaClass c) {
    return c.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
  }

  private static String kind(JavaClass c) {
    if (c.isAnnotation()) {
      return "annotation";
    }
    if (c.isEnum()) {
      return "enum";
    }
    if (c.isRecord()) {
      return "record";
    }
    if (c.isInterface()) {
      return "interface";
    }
    return c.getModifiers().contains(JavaModifier.ABSTRACT) ? "abstract class" : "class";
  }

  private static String enumName(Object value) {
    // ArchUnit gives an enum constant of an annotation as a JavaEnumConstant
    String s = value.toString();
    return s.substring(s.lastIndexOf('.') + 1);
  }
}
