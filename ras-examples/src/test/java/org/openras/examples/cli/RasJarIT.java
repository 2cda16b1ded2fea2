package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The built {@code target/ras.jar}, run as a person runs it. */
class RasJarIT {
  private static final Path JAR = Paths.get("target", "ras.jar");

  record Run(int code, String out, String err) {}

  static Run java(String... args) throws IOException, InterruptedException {
    return javaWith(List.of(), args);
  }

  /** Runs the jar with {@code jvm} options (such as {@code -Xmx256m}) before {@code -jar}. */
  static Run javaWith(List<String> jvm, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvm);
    cmd.add("-jar");
    cmd.add(JAR.toString());
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("ras-out", ".txt");
    Path err = Files.createTempFile("ras-err", ".txt");
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ras finished").isTrue();
    Run r =
        new Run(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  @Test
  void workedExampleThroughTheJar() throws Exception {
    Run r =
        java(
            "calculate",
            "--table",
            "src/main/resources/org/openras/examples/worked-table.json",
            "--assessment",
            "src/main/resources/org/openras/examples/worked-assessment.json");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .containsPattern("\"totalPoints\" *: *39.6\\b")
        .containsPattern("\"weekly\" *: *199.69\\b")
        .containsPattern("\"annual\" *: *10383.88\\b")
        .containsPattern("\"weekly\" *: *239.69\\b")
        .containsPattern("\"annual\" *: *12463.88\\b")
        .contains("PANEL_APPROVAL_REQUIRED");
  }

  @Test
  void demoAndBadInputThroughTheJar() throws Exception {
    Run demo = java();
    assertThat(demo.code()).isZero();
    assertThat(demo.out()).contains("£199.69 a week");
    Run bad = java("calculate", "--table", "missing.json", "--assessment", "missing.json");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("missing.json").doesNotContain("\tat ");
  }

  @Test
  void checkThroughTheJar() throws Exception {
    // the shaded jar carries jackson-core for the JSON form of the report
    Run r =
        java(
            "check",
            "--table",
            "src/main/resources/org/openras/examples/council/anyshire-saq.json",
            "--format",
            "json",
            "--severity",
            "EQUAL_POINTS=ERROR");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out())
        .containsPattern("\"format\" *: *\"ras-check/1\"")
        .containsPattern("\"budget\" *: *950.00\\b");
    assertThat(
            java(
                    "check",
                    "--table",
                    "src/main/resources/org/openras/examples/council/anyshire-saq.json")
                .code())
        .isZero();
  }
}
