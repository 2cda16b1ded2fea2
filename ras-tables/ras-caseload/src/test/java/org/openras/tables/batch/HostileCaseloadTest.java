package org.openras.tables.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openras.RasException;
import org.openras.engine.RasEngine;
import org.openras.testing.WorkedExample;

/**
 * The hostile caseloads of the corpus ({@code hostile/caseload-manifest.tsv}) through a batch run,
 * and seeded manglings of a valid caseload: a file-wide problem is our exception with its code; a
 * bad row goes to the error file with its code and the others are computed; nothing else escapes,
 * and every output CSV cell is safe for a spreadsheet.
 */
class HostileCaseloadTest {
  @TempDir Path dir;

  private final RasEngine engine = RasEngine.of(WorkedExample.table());

  record Case(String file, String expected, String rowsIn, String rowsInError, String what) {
    @Override
    public String toString() {
      return file + ": " + what;
    }
  }

  static List<Case> corpus() throws IOException {
    List<Case> cases = new ArrayList<>();
    String manifest;
    try (InputStream in =
        HostileCaseloadTest.class.getResourceAsStream("/hostile/caseload-manifest.tsv")) {
      manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String line : Splitter.on('\n').split(manifest)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> f = Splitter.on('\t').splitToList(line);
      assertThat(f).as(line).hasSize(5);
      cases.add(new Case(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4)));
    }
    return cases;
  }

  private Path copy(String file) throws IOException {
    Path p = dir.resolve(file.substring(file.indexOf('/') + 1));
    try (InputStream in = HostileCaseloadTest.class.getResourceAsStream("/hostile/" + file)) {
      Files.write(p, in.readAllBytes());
    }
    return p;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachCaseIsAnsweredWithItsCode(Case c) throws IOException {
    Path input = copy(c.file());
    Path output = dir.resolve("results.csv");
    BatchRun run = BatchRun.builder(engine).input(input).output(output).threads(2).build();
    if (c.rowsIn().equals("-")) {
      assertThatThrownBy(run::run)
          .isInstanceOf(RasException.class)
          .satisfies(
              e ->
                  assertThat(((RasException) e).problems())
                      .anySatisfy(p -> assertThat(p.code().code()).isEqualTo(c.expected())));
      assertThat(output).doesNotExist();
      return;
    }
    BatchSummary s = assertTimeoutPreemptively(Duration.ofSeconds(5), run::run);
    assertThat(s.rowsIn()).isEqualTo(Long.parseLong(c.rowsIn()));
    assertThat(s.rowsInError()).isEqualTo(Long.parseLong(c.rowsInError()));
    assertSafeCsv(output);
    if (!c.expected().equals("OK")) {
      Path errors = dir.resolve("results.csv.errors.csv");
      assertSafeCsv(errors);
      assertThat(Files.readAllLines(errors).get(1)).contains("," + c.expected() + ",");
    }
  }

  /** No cell of the file starts with a character that makes a spreadsheet run it. */
  private static void assertSafeCsv(Path csv) throws IOException {
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      for (String cell : Splitter.on(',').split(line)) {
        String text = cell.startsWith("\"") ? cell.substring(1) : cell;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
          assertThat(text).as(line).matches("[+-]?\\d+(\\.\\d+)?\"?");
        }
      }
    }
  }

  @Test
  void mangledCaseloadsNeverEscapeOurErrorsAndAccountForEveryRow() throws IOException {
    byte[] valid =
        ("id,date,table,clientGroup,locality,Q1,Q2,Q3,Q5,Q9\n"
                + "p1,2026-06-01,worked-example,learning-disability,inner,1C,2B,3C,5A|5B|5D,9B\n"
                + "p2,2026-06-01,worked-example,older-people,,1A,2A,3A,,\n"
                + "p3,2026-06-01,worked-example,,,1D,2D,3C,[],9A\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] specials = {
      '\t', '\r', '\n', 0, (byte) 0xe9, (byte) 0xff, (byte) 0xc3, '=', '@', '"', ',', '|', ' ', 0x1b
    };
    SplittableRandom random = new SplittableRandom(14);
    for (int i = 0; i < 300; i++) {
      byte[] b = valid.clone();
      int edits = 1 + random.nextInt(4);
      for (int k = 0; k < edits; k++) {
        int at = 52 + random.nextInt(b.length - 52);
        b[at] = specials[random.nextInt(specials.length)];
      }
      Path input = dir.resolve("m" + i + ".csv");
      Files.write(input, b);
      Path output = dir.resolve("m" + i + ".out.csv");
      try {
        BatchSummary s =
            BatchRun.builder(engine).input(input).output(output).threads(1).build().run();
        assertThat(s.rowsIn()).isEqualTo(s.rowsWritten() + s.rowsInError());
        assertSafeCsv(output);
      } catch (RasException e) {
        // a file-wide problem (an unclosed quote, say): ours, with a message
        assertThat(e.getMessage()).isNotBlank();
      }
    }
  }
}
