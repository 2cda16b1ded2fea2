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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar and the machine around it: UTF-8 output under {@code LANG=C}, the build's version,
 * and no temporary file left behind when the command is stopped with SIGTERM.
 */
class RasJarFilesIT {
  private static final String TABLE = "src/main/resources/org/openras/examples/worked-table.json";
  private static final String ASSESSMENT =
      "src/main/resources/org/openras/examples/worked-assessment.json";

  @TempDir Path dir;

  private static ProcessBuilder ras(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-jar");
    cmd.add(Paths.get("target", "ras.jar").toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("LANG", "C");
    pb.environment().put("LC_ALL", "C");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    return pb;
  }

  private RasJarIT.Run run(String... args) throws IOException, InterruptedException {
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    Process p = ras(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new RasJarIT.Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void outputIsUtf8UnderTheCLocaleAndVerifies() throws Exception {
    RasJarIT.Run demo = run("demo");
    assertThat(demo.code()).isZero();
    assertThat(demo.out()).contains("£199.69 a week").doesNotContain("?199.69");
    RasJarIT.Run result = run("calculate", "--table", TABLE, "--assessment", ASSESSMENT);
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("£");
    Path saved = dir.resolve("result.json");
    Files.writeString(saved, result.out(), StandardCharsets.UTF_8);
    RasJarIT.Run verify =
        run("verify", "--result", saved.toString(), "--table", TABLE, "--assessment", ASSESSMENT);
    assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
  }

  @Test
  void versionIsTheBuildsAndHelpIsDoneEverywhere() throws Exception {
    RasJarIT.Run v = run("--version");
    assertThat(v.code()).isZero();
    assertThat(v.out()).matches("ras \\(OpenRAS\\) \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    assertThat(run("calibrate", "--help").code()).isZero();
  }

  @Test
  void sigtermRemovesTheTemporaryFile() throws Exception {
    Path out = dir.resolve("big.csv");
    Process p =
        ras("generate", "--table", TABLE, "--rows", "100000000", "--output", out.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (parts().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(parts()).as("the command is writing its temporary file").hasSize(1);
    Thread.sleep(300);
    p.destroy(); // SIGTERM
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(parts()).as("no temporary file left").isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void hostileCaseloadsThroughTheJar() throws Exception {
    Path out = dir.resolve("r.csv");
    long started = System.nanoTime();
    RasJarIT.Run zero =
        run(
            "batch",
            "--table",
            TABLE,
            "--input",
            "/dev/zero",
            "--input-format",
            "jsonl",
            "--output",
            out.toString());
    assertThat(zero.code()).as(zero.err()).isEqualTo(2);
    assertThat(zero.err()).contains("RAS-C004").doesNotContain("OutOfMemoryError");
    assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(30));
    assertThat(out).doesNotExist();

    Path latin1 = dir.resolve("latin1.csv");
    Files.write(
        latin1,
        ("id,date,table,clientGroup,locality,Q1,Q2,Q3,Q5,Q9\n"
                + "ok,2026-06-01,worked-example,,,1A,2A,3A,,\n"
                + "caf\u00e9,2026-06-01,worked-example,,,1A,2A,3A,,\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    RasJarIT.Run bad =
        run("batch", "--table", TABLE, "--input", latin1.toString(), "--output", out.toString());
    assertThat(bad.code()).as(bad.err()).isEqualTo(3);
    assertThat(bad.out()).contains("Rows in: 2 = written: 1 + in error: 1");
    assertThat(Files.readString(dir.resolve("r.csv.errors.csv")))
        .contains("line 3")
        .contains("byte offset")
        .doesNotContain("Input length");
  }

  private List<Path> parts() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
    }
  }
}
