package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.examples.cli.RasCommandTest.ASSESSMENT;
import static org.openras.examples.cli.RasCommandTest.TABLE;
import static org.openras.examples.cli.RasCommandTest.batch;
import static org.openras.examples.cli.RasCommandTest.impact;
import static org.openras.examples.cli.RasCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.examples.cli.RasCommandTest.Run;

/**
 * Where outputs go: never over an input, another output, a device, a FIFO or a directory (exit 2
 * before any work, naming both paths); written atomically, keeping the permissions of the file
 * replaced; a missing directory created, the same in every command.
 */
class FileSafetyTest {
  @TempDir Path dir;
  Path caseload;
  String before;

  @BeforeEach
  void caseload() throws IOException {
    caseload = dir.resolve("caseload.csv");
    assertThat(
            run("generate", "--table", TABLE, "--rows", "20", "--output", caseload.toString())
                .code())
        .isZero();
    before = Files.readString(caseload);
  }

  @Test
  void batchRefusesToWriteOverItsCaseload() throws IOException {
    Run r = batch(TABLE, caseload.toString(), caseload.toString());
    assertRefused(r, caseload.toString(), caseload.toString());
    assertThat(Files.readString(caseload)).isEqualTo(before);
  }

  @Test
  void batchRefusesToWriteOverItsCaseloadThroughAnotherName() throws IOException {
    Path other = dir.resolve("sub").resolve("..").resolve("caseload.csv");
    Files.createDirectories(dir.resolve("sub"));
    Run r = batch(TABLE, caseload.toString(), other.toString());
    assertRefused(r, "caseload.csv", "the input");
    assertThat(Files.readString(caseload)).isEqualTo(before);
  }

  @Test
  void batchRefusesErrorsFileEqualToOutputOrTable() throws IOException {
    Path out = dir.resolve("out.csv");
    Run r = batch(TABLE, caseload.toString(), out.toString(), "--errors", out.toString());
    assertRefused(r, out.toString(), "the output " + out);
    assertThat(out).doesNotExist();
    Path table = dir.resolve("table.json");
    Files.copy(Path.of(TABLE), table);
    Run t =
        batch(table.toString(), caseload.toString(), out.toString(), "--errors", table.toString());
    assertRefused(t, table.toString(), "the input");
    assertThat(Files.readString(table)).isEqualTo(Files.readString(Path.of(TABLE)));
  }

  @Test
  void noCommandWritesOverADevice() {
    Path devNull = Path.of("/dev/null");
    Run b = batch(TABLE, caseload.toString(), "/dev/null");
    assertRefused(b, "/dev/null", "device");
    Run e = run("explain", "--table", TABLE, "--assessment", ASSESSMENT, "--output", "/dev/null");
    assertRefused(e, "/dev/null", "device");
    Run p = run("publish", "--table", TABLE, "--output", "/dev/null");
    assertRefused(p, "/dev/null", "device");
    Run g =
        run(
            "generate",
            "--table",
            TABLE,
            "--rows",
            "1",
            "--format",
            "csv",
            "--output",
            "/dev/null");
    assertRefused(g, "/dev/null", "device");
    assertThat(Files.isRegularFile(devNull)).as("/dev/null is still a device").isFalse();
    assertThat(Files.exists(devNull)).isTrue();
  }

  @Test
  void aFifoIsRefused() throws Exception {
    Path fifo = dir.resolve("pipe.csv");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(p.waitFor()).isZero();
    Run r = batch(TABLE, caseload.toString(), fifo.toString());
    assertRefused(r, fifo.toString(), "FIFO");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
  }

  @Test
  void aDirectoryIsRefused() {
    Run r = run("publish", "--table", TABLE, "--output", dir.toString());
    assertRefused(r, dir.toString(), "directory");
    Run c = impact(caseload.toString(), dir.toString());
    assertRefused(c, dir.toString(), "directory");
  }

  @Test
  void explainCalibrateAndImpactRefuseTheirInputs() throws IOException {
    Path assessment = dir.resolve("a.json");
    Files.copy(Path.of(ASSESSMENT), assessment);
    String a = Files.readString(assessment);
    Run e =
        run(
            "explain",
            "--table",
            TABLE,
            "--assessment",
            assessment.toString(),
            "--output",
            assessment.toString());
    assertRefused(e, assessment.toString(), "the input");
    assertThat(Files.readString(assessment)).isEqualTo(a);

    Path table = dir.resolve("t.json");
    Files.copy(Path.of(TABLE), table);
    Run c =
        run(
            "calibrate",
            "--table",
            table.toString(),
            "--input",
            caseload.toString(),
            "--table-version",
            "2027.1",
            "--effective-from",
            "2027-04-01",
            "--output",
            table.toString());
    assertRefused(c, table.toString(), "the input");

    Path changes = dir.resolve("changes.csv");
    Run i = impact(caseload.toString(), changes.toString(), "--report", changes.toString());
    assertRefused(i, changes.toString(), "the output");
    assertThat(changes).doesNotExist();
  }

  @Test
  void aReplacedFileKeepsItsPermissionsAndNoTemporaryFileIsLeft() throws IOException {
    Path page = dir.resolve("table.md");
    Files.writeString(page, "old");
    Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("rw-r-----"));
    assertThat(run("publish", "--table", TABLE, "--output", page.toString()).code()).isZero();
    assertThat(Files.readString(page)).startsWith("#").isNotEqualTo("old");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(page)))
        .isEqualTo("rw-r-----");
    Path statement = dir.resolve("statement.txt");
    Files.writeString(statement, "old");
    Files.setPosixFilePermissions(statement, PosixFilePermissions.fromString("rw-------"));
    assertThat(
            run(
                    "explain",
                    "--table",
                    TABLE,
                    "--assessment",
                    ASSESSMENT,
                    "--output",
                    statement.toString())
                .code())
        .isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(statement)))
        .isEqualTo("rw-------");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void aMissingDirectoryIsRefusedTheSameWayByEveryCommand() {
    Path missing = dir.resolve("no-such-folder");
    Run e =
        run(
            "explain",
            "--table",
            TABLE,
            "--assessment",
            ASSESSMENT,
            "--output",
            missing.resolve("statement.html").toString());
    assertRefused(e, "statement.html", "does not exist");
    Run p = run("publish", "--table", TABLE, "--output", missing.resolve("table.md").toString());
    assertRefused(p, "table.md", "does not exist");
    Run b = batch(TABLE, caseload.toString(), missing.resolve("results.csv").toString());
    assertRefused(b, "results.csv", "does not exist");
    Run g =
        run(
            "generate",
            "--table",
            TABLE,
            "--rows",
            "1",
            "--output",
            missing.resolve("c.csv").toString());
    assertRefused(g, "c.csv", "does not exist");
    assertThat(missing).doesNotExist();
  }

  private static void assertRefused(Run r, String path, String other) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).startsWith("ras: ").contains(path).contains(other).contains("RAS-O001");
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }
}
