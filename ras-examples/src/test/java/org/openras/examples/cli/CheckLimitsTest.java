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
}
