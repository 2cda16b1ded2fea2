package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.examples.cli.RasCommandTest.TABLE;
import static org.openras.examples.cli.RasCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.examples.cli.RasCommandTest.Run;
import org.openras.tables.RasJson;
import org.openras.testing.LargeTables;

/**
 * {@code ras check} answers on valid tables with large figures with many decimals (never exit 1),
 * exactly when their totals are few enough to list.
 */
class CheckLimitsTest {
  @TempDir Path dir;

  @Test
  void largeFiguresWithManyDecimalsAreAnsweredNotAnInternalFailure() throws IOException {
    Path table = dir.resolve("t.json");
    Files.writeString(
        table,
        Files.readString(Path.of(TABLE))
            .replace("\"points\": 24 }", "\"points\": 999999999999.999999 }")
            .replace("\"weight\": 1.5,", "\"weight\": 1.123456,"));
    Run r = run("check", "--table", table.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isIn(0, 3);
    // fine decimals make a fine lattice, but the totals are few: they are listed, exactly
    assertThat(r.out())
        .contains("\"format\"")
        .containsPattern("\"exact\" *: *true")
        .doesNotContain("NOT_EXACT");
  }

  /**
   * Sixty questions of six descriptors (a generated table the analysis needs about 6.8 MB for, as
   * estimated): exact within the default and within 64m, not exact within 1m, saying the memory
   * bound stopped it.
   */
  private Path sixtyQuestions() throws IOException {
    Path table = dir.resolve("sixty.json");
    Files.writeString(
        table,
        RasJson.standard().writeTable(LargeTables.sixtyQuestionsOfSixDescriptors().generate(1)));
    return table;
  }

  @Test
  void maxMemoryBoundsTheAnalysisAndTheReportSaysSo() throws IOException {
    Path table = sixtyQuestions();
    Run ample = run("check", "--table", table.toString(), "--format", "json");
    assertThat(ample.code()).as(ample.err()).isIn(0, 3);
    assertThat(ample.out()).containsPattern("\"exact\" *: *true").doesNotContain("NOT_EXACT");
    Run enough =
        run("check", "--table", table.toString(), "--format", "json", "--max-memory", "64m");
    assertThat(enough.code()).as(enough.err()).isIn(0, 3);
    assertThat(enough.out()).containsPattern("\"exact\" *: *true");
    Run tight = run("check", "--table", table.toString(), "--format", "json", "--max-memory", "1M");
    assertThat(tight.code()).as(tight.err()).isIn(0, 3);
    assertThat(tight.out())
        .containsPattern("\"exact\" *: *false")
        .contains("NOT_EXACT")
        .contains("more than 1 MB of memory (the bound on the analysis' memory)")
        .containsPattern("\"maxMemory\" *: *\"1048576\"");
  }

  @Test
  void aBadMaxMemoryIsBadUsage() throws IOException {
    Path table = sixtyQuestions();
    Run words = run("check", "--table", table.toString(), "--max-memory", "lots");
    assertThat(words.code()).isEqualTo(2);
    assertThat(words.out()).isEmpty();
    assertThat(words.err())
        .contains("--max-memory")
        .contains("'lots' is not a size")
        .contains("e.g. 64m or 1g");
    Run small = run("check", "--table", table.toString(), "--max-memory", "512k");
    assertThat(small.code()).isEqualTo(2);
    assertThat(small.err()).contains("--max-memory").contains("at least 1 MB");
    Run huge = run("check", "--table", table.toString(), "--max-memory", "99999999999g");
    assertThat(huge.code()).isEqualTo(2);
    assertThat(huge.err()).contains("too large a size");
  }

  @Test
  void sizesAreBinaryUnitsInEitherCase() {
    assertThat(ByteSize.parse("1048576")).isEqualTo(1L << 20);
    assertThat(ByteSize.parse("512k")).isEqualTo(512L << 10);
    assertThat(ByteSize.parse("64m")).isEqualTo(64L << 20);
    assertThat(ByteSize.parse("64MB")).isEqualTo(64L << 20);
    assertThat(ByteSize.parse("1g")).isEqualTo(1L << 30);
    assertThat(ByteSize.parse("8G")).isEqualTo(8L << 30);
  }
}
