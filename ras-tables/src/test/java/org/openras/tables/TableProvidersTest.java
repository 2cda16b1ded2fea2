package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.tables.Docs.failure;
import static org.openras.tables.Docs.replace;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.ErrorCode;
import org.openras.InvalidTableException;
import org.openras.Problem;
import org.openras.TableSelectionException;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.spi.TableProvider;
import org.openras.table.RasTable;
import org.openras.testing.WorkedExample;

/** Tables from files, a directory, the classpath and memory; versions chosen by date. */
class TableProvidersTest {
  private static final String WORKED = Docs.resource("/spec/worked-table.json");

  /** The next version: in force from 2027-04-01, band B paying 5.50 a point. */
  private static final String NEXT =
      replace(
          replace(
              replace(
                  replace(WORKED, "\"version\": \"2026.1\"", "\"version\": \"2027.1\""),
                  "\"effectiveFrom\": \"2026-04-01\"",
                  "\"effectiveFrom\": \"2027-04-01\""),
              "\"effectiveTo\": \"2027-04-01\",",
              ""),
          "\"perPoint\": 5.25",
          "\"perPoint\": 5.50");

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  @Test
  void filesWithTwoVersionsPickTheOneInForce() throws IOException {
    TableProvider p = TableProviders.files(write("a.json", WORKED), write("b.json", NEXT));
    assertThat(p.tableIds()).containsExactly("worked-example");
    assertThat(p.versions("worked-example"))
        .extracting(RasTable::version)
        .containsExactly("2026.1", "2027.1");
    assertThat(p.inForce("worked-example", LocalDate.of(2027, 3, 31)).version())
        .isEqualTo("2026.1");
    assertThat(p.inForce("worked-example", LocalDate.of(2027, 4, 1)).version()).isEqualTo("2027.1");

    RasEngine engine = RasEngine.using(p);
    Result now = engine.calculate(WorkedExample.assessment());
    assertThat(now.table().version()).isEqualTo("2026.1");
    assertThat(now.indicativeBudget().weekly()).isEqualTo(new BigDecimal("199.69"));

    Assessment later = WorkedExample.assessmentBuilder().date(LocalDate.of(2027, 6, 1)).build();
    Result next = engine.calculate(later);
    assertThat(next.table().version()).isEqualTo("2027.1");
    // (82 + 19.6 × 5.50) × 1.08 = 204.984 → 204.98
    assertThat(next.indicativeBudget().weekly()).isEqualTo(new BigDecimal("204.98"));
    assertThat(next.table().fingerprint()).isNotEqualTo(now.table().fingerprint());

    TableSelectionException none =
        failure(
            TableSelectionException.class,
            () -> p.inForce("worked-example", LocalDate.of(2026, 1, 1)));
    assertThat(none.has(ErrorCode.VERSION_NONE_IN_FORCE)).isTrue();
    assertThat(none.getMessage()).contains("2026-01-01").contains("2026.1").contains("2027.1");
  }

  @Test
  void theSameVersionWithOtherContentIsAnError() throws IOException {
    Path a = write("a.json", WORKED);
    Path b = write("b.json", replace(WORKED, "\"perPoint\": 5.25", "\"perPoint\": 5.5"));
    TableSelectionException e =
        failure(TableSelectionException.class, () -> TableProviders.files(List.of(a, b)));
    assertThat(e.has(ErrorCode.VERSION_DUPLICATE)).isTrue();
    assertThat(e.getMessage()).contains(a.toString()).contains(b.toString());
    // located in the later file, at its version: the file leads the message, then line:column
    assertThat(e.getMessage()).startsWith(b.toString() + ": ");
    int versionLine = 1 + (int) WORKED.lines().takeWhile(l -> !l.contains("\"version\"")).count();
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.pointer()).isEqualTo("/version");
              assertThat(p.location())
                  .hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(versionLine));
            });
    // the very same table twice is kept once
    assertThat(TableProviders.files(a, write("copy.json", WORKED)).versions("worked-example"))
        .hasSize(1);
  }

  @Test
  void directoryReadsEveryJsonFileInNameOrder() throws IOException {
    write("2-next.json", NEXT);
    write("1-worked.json", WORKED);
    write("notes.txt", "not a table");
    Files.createDirectory(dir.resolve("old.json"));
    TableProvider p = TableProviders.directory(dir);
    assertThat(p.versions("worked-example"))
        .extracting(RasTable::version)
        .containsExactly("2026.1", "2027.1");
    assertThat(p.versions("worked-example").get(0).source().orElseThrow().name())
        .isEqualTo(dir.resolve("1-worked.json").toString());
  }

  @Test
  void aBadFileInTheDirectoryIsNamed() throws IOException {
    write("1-worked.json", WORKED);
    Path bad = write("2-bad.json", replace(WORKED, "\"maxPoints\": 40,", "\"maxpoints\": 40,"));
    InvalidTableException e =
        failure(InvalidTableException.class, () -> TableProviders.directory(dir));
    assertThat(e.sourceName()).contains(bad.toString());
    assertThat(e.getMessage())
        .startsWith(bad + ": ")
        .contains("/domains/0/maxpoints")
        .contains("line 15");
  }

  @Test
  void everyBadFileIsReportedTogether() throws IOException {
    write("1-worked.json", WORKED);
    Path bad1 = write("2-bad.json", replace(WORKED, "\"maxPoints\": 40,", "\"maxpoints\": 40,"));
    Path bad2 = write("3-bad.json", "{ \"format\": ");
    InvalidTableException e =
        failure(InvalidTableException.class, () -> TableProviders.directory(dir));
    assertThat(e.problems())
        .extracting(Problem::code)
        .containsExactly(ErrorCode.JSON_UNKNOWN_FIELD, ErrorCode.JSON_SYNTAX);
    assertThat(e.problems().get(0).message()).startsWith("in " + bad1 + ": ");
    assertThat(e.problems().get(1).message()).startsWith("in " + bad2 + ": ");
    assertThat(e.getMessage())
        .contains("2 bad files")
        .contains(bad1.toString())
        .contains(bad2.toString());
    assertThat(e.getSuppressed()).hasSize(2);
  }

  @Test
  void missingDirectory() {
    Path none = dir.resolve("none");
    InvalidTableException e =
        failure(InvalidTableException.class, () -> TableProviders.directory(none));
    assertThat(e.problems()).extracting(Problem::code).containsExactly(ErrorCode.JSON_READ);
    assertThat(e.getMessage()).startsWith(none + ": ");
  }

  @Test
  void missingFileAmongFiles() throws IOException {
    Path good = write("a.json", WORKED);
    Path none = dir.resolve("none.json");
    InvalidTableException e =
        failure(InvalidTableException.class, () -> TableProviders.files(good, none));
    assertThat(e.problems()).extracting(Problem::code).containsExactly(ErrorCode.JSON_READ);
    assertThat(e.getMessage()).startsWith(none + ": ").contains("does not exist");
  }

  @Test
  void classpath() {
    TableProvider p =
        TableProviders.classpath(getClass().getClassLoader(), "spec/worked-table.json");
    RasTable t = p.inForce("worked-example", LocalDate.of(2026, 6, 1));
    assertThat(t).isEqualTo(WorkedExample.table());
    assertThat(t.source().orElseThrow().name()).isEqualTo("classpath:spec/worked-table.json");

    InvalidTableException e =
        failure(
            InvalidTableException.class,
            () -> TableProviders.classpath(getClass().getClassLoader(), "spec/nope.json"));
    assertThat(e.problems()).extracting(Problem::code).containsExactly(ErrorCode.JSON_READ);
    assertThat(e.getMessage()).startsWith("classpath:spec/nope.json: ");
  }

  @Test
  void inMemory() {
    RasTable t = WorkedExample.table();
    TableProvider p = TableProviders.inMemory(t);
    assertThat(p.tableIds()).containsExactly("worked-example");
    assertThat(RasEngine.using(p).calculate(WorkedExample.assessment()).indicativeBudget().annual())
        .isEqualTo(new BigDecimal("10383.88"));
  }
}
