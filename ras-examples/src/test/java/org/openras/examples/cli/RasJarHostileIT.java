package org.openras.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cases of the hostile-input corpus ({@code ras-tables/src/test/resources/hostile}, where {@code
 * HostileInputTest} runs all of them) through the built jar: exit 2 and one located message on
 * standard error, never a stack trace.
 */
class RasJarHostileIT {
  private static final Path CORPUS =
      Path.of("..", "ras-tables", "src", "test", "resources", "hostile");
  private static final String TABLE = "src/main/resources/org/openras/examples/worked-table.json";
  private static final String ASSESSMENT =
      "src/main/resources/org/openras/examples/worked-assessment.json";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "table/truncated.json               | RAS-J001 | line 28, column 21",
        "table/wrong-type-points-string.json | RAS-J004 | line 22, column 80",
        "table/null-name.json               | RAS-J004 | line 4, column 11",
        "table/duplicate-key.json           | RAS-J003 | line 6, column 14",
        "table/negative-points.json         | RAS-T005 | line 22, column 80",
        "table/huge-exponent.json           | RAS-J006 | line 22, column 80",
        "table/invalid-utf8.json            | RAS-J001 | line 21, column 40",
        "table/bands-out-of-order.json      | RAS-T014 | line 106, column 35",
      })
  void badTable(String file, String code, String place) throws Exception {
    Path table = CORPUS.resolve(file);
    RasJarIT.Run r =
        RasJarIT.java("calculate", "--table", table.toString(), "--assessment", ASSESSMENT);
    assertBadInput(r, table.getFileName().toString(), code, place);
  }

  /**
   * Issue 14: a 16 KB table of nine choose-all questions took 3 GB and died with {@code
   * OutOfMemoryError}; in a 256 MB heap it is now answered within seconds, not exact, saying why.
   */
  @Test
  void checkOfChooseAllQuestionsInASmallHeap() throws Exception {
    long start = System.nanoTime();
    RasJarIT.Run r =
        RasJarIT.javaWith(
            List.of("-Xmx256m"),
            "check",
            "--table",
            CORPUS.resolve("table/check-choose-all.json").toString(),
            "--format",
            "json");
    assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(30);
    assertThat(r.code()).as(r.err()).isIn(0, 3);
    assertThat(r.err()).doesNotContain("OutOfMemoryError");
    assertThat(r.out())
        .containsPattern("\"exact\" *: *false")
        .contains("NOT_EXACT")
        .containsPattern("\"reason\" *: *\"[^\"]*(points and money|memory)");
    RasJarIT.Run fine =
        RasJarIT.javaWith(
            List.of("-Xmx256m"),
            "check",
            "--table",
            CORPUS.resolve("table/check-fine-decimals.json").toString(),
            "--format",
            "json");
    assertThat(fine.code()).as(fine.err()).isZero();
    assertThat(fine.out()).containsPattern("\"exact\" *: *true").doesNotContain("NOT_EXACT");
  }

  @Test
  void assessmentAnsweringWithAnotherQuestionsDescriptor() throws Exception {
    Path a = CORPUS.resolve("assessment/descriptor-of-another-question.json");
    RasJarIT.Run r = RasJarIT.java("calculate", "--table", TABLE, "--assessment", a.toString());
    assertBadInput(r, "descriptor-of-another-question.json", "RAS-A004", "line 7, column 22");
  }

  @Test
  void overlappingVersions() throws Exception {
    RasJarIT.Run r =
        RasJarIT.java(
            "calculate",
            "--table",
            CORPUS.resolve("versions/overlap-1.json").toString(),
            "--table",
            CORPUS.resolve("versions/overlap-2.json").toString(),
            "--assessment",
            ASSESSMENT);
    assertBadInput(r, "worked-assessment.json", "RAS-V003", "line 4, column 11");
  }

  @Test
  void aLeadingByteOrderMarkIsAccepted() throws Exception {
    RasJarIT.Run r =
        RasJarIT.java(
            "calculate",
            "--table",
            CORPUS.resolve("table/bom.json").toString(),
            "--assessment",
            ASSESSMENT);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("\"weekly\" *: *199.69\\b");
  }

  @Test
  void tenThousandDeepNesting(@TempDir Path dir) throws Exception {
    Path table = dir.resolve("deep.json");
    Files.writeString(
        table,
        "{ \"format\": \"ras-table/1\", \"name\": "
            + "[".repeat(10_000)
            + "]".repeat(10_000)
            + " }");
    RasJarIT.Run r =
        RasJarIT.java("calculate", "--table", table.toString(), "--assessment", ASSESSMENT);
    assertBadInput(r, "deep.json", "RAS-J006", "line 1, column ");
    assertThat(r.err()).contains("maxNestingDepth");
  }

  @Test
  void hundredMegabyteString(@TempDir Path dir) throws Exception {
    Path table = dir.resolve("big.json");
    try (OutputStream out = Files.newOutputStream(table)) {
      out.write("{ \"format\": \"ras-table/1\", \"name\": \"".getBytes(UTF_8));
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) 'a');
      for (int i = 0; i < 100; i++) {
        out.write(block);
      }
      out.write("\" }".getBytes(UTF_8));
    }
    long started = System.nanoTime();
    RasJarIT.Run r =
        RasJarIT.java("calculate", "--table", table.toString(), "--assessment", ASSESSMENT);
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("big.json").contains("RAS-J006").contains("maxDocumentLength");
    assertNoTrace(r);
    // the JVM starts in this time too; the reading itself stops at the 10 MB limit
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
  }

  private static void assertBadInput(RasJarIT.Run r, String file, String code, String place) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("ras: ")
        .contains(file)
        .contains("[" + code + ": ")
        .contains(place);
    assertNoTrace(r);
  }

  private static void assertNoTrace(RasJarIT.Run r) {
    assertThat(r.err())
        .doesNotContain("\tat ")
        .doesNotContain("Exception")
        .doesNotContain("Error:");
    assertThat(r.err().lines().count()).isLessThan(20);
  }
}
