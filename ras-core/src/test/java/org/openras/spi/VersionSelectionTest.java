package org.openras.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.openras.testing.Tiny.one;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openras.ErrorCode;
import org.openras.Problem;
import org.openras.TableSelectionException;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.table.RasTable;
import org.openras.testing.Tiny;

/** Spec §2 "Versions": the version in force on the assessment date, and nothing ambiguous. */
class VersionSelectionTest {
  private static final LocalDate APR_2026 = LocalDate.of(2026, 4, 1);
  private static final LocalDate APR_2027 = LocalDate.of(2027, 4, 1);

  private static RasTable version(
      String id, String version, LocalDate from, LocalDate to, String points) {
    return Tiny.table("1", one("Q1", "0", points))
        .id(id)
        .version(version)
        .effectiveFrom(from)
        .effectiveTo(to)
        .build();
  }

  /** 2026.1 in [2026-04-01, 2027-04-01), 2027.1 from 2027-04-01 with no end. */
  private static final RasTable V1 = version("t", "2026.1", APR_2026, APR_2027, "10");

  private static final RasTable V2 = version("t", "2027.1", APR_2027, null, "20");

  private static Assessment on(LocalDate date) {
    return Assessment.builder().id("a").date(date).answer("Q1", "Q1B").build();
  }

  private static TableSelectionException fails(Runnable r) {
    Throwable t = catchThrowable(r::run);
    assertThat(t).isInstanceOf(TableSelectionException.class);
    return (TableSelectionException) t;
  }

  private static Problem only(
      TableSelectionException e, ErrorCode code, String pointer, String... named) {
    assertThat(e.problems()).as(e.getMessage()).hasSize(1);
    Problem p = e.problems().get(0);
    assertThat(p.code()).isEqualTo(code);
    assertThat(p.pointer()).isEqualTo(pointer);
    assertThat(p.message()).contains(named);
    assertThat(e.getMessage()).contains(code.code()).contains(named);
    return p;
  }

  @Test
  void versionInForceOnTheDate() {
    TableSet set = TableSet.of(V1, V2);
    assertThat(set.inForce("t", APR_2026)).isSameAs(V1); // first day in force
    assertThat(set.inForce("t", LocalDate.of(2027, 3, 31))).isSameAs(V1); // the day before the end
    assertThat(set.inForce("t", APR_2027)).isSameAs(V2); // effectiveTo is exclusive
    assertThat(set.inForce("t", LocalDate.of(2040, 1, 1))).isSameAs(V2); // no end
  }

  @Test
  void engineComputesWithTheVersionInForce() {
    RasEngine engine = RasEngine.of(V1, V2);
    // 10 points × £1 under 2026.1; 20 × £1 under 2027.1
    assertThat(engine.calculate(on(LocalDate.of(2027, 3, 31))).indicativeBudget().weekly())
        .isEqualTo(new java.math.BigDecimal("10.00"));
    assertThat(engine.calculate(on(APR_2027)).table().version()).isEqualTo("2027.1");
    assertThat(engine.calculate(on(APR_2027)).indicativeBudget().weekly())
        .isEqualTo(new java.math.BigDecimal("20.00"));
    assertThat(engine.tableFor(on(APR_2026))).isSameAs(V1);
  }

  @Test
  void effectiveToIsExclusive() {
    TableSet set = TableSet.of(V1);
    assertThat(set.inForce("t", LocalDate.of(2027, 3, 31))).isSameAs(V1);
    only(
        fails(() -> set.inForce("t", APR_2027)),
        ErrorCode.VERSION_NONE_IN_FORCE,
        "/date",
        "2027-04-01",
        "'t'",
        "2026.1");
    assertThat(V1.inForceOn(LocalDate.of(2027, 3, 31))).isTrue();
    assertThat(V1.inForceOn(APR_2027)).isFalse();
    assertThat(V1.inForceOn(LocalDate.of(2026, 3, 31))).isFalse();
  }

  @Test
  void noVersionInForce() {
    RasEngine engine = RasEngine.of(V1, V2);
    TableSelectionException e = fails(() -> engine.calculate(on(LocalDate.of(2026, 3, 31))));
    only(e, ErrorCode.VERSION_NONE_IN_FORCE, "/date", "2026-03-31", "2026.1", "2027.1");
    fails(() -> engine.tableFor(on(LocalDate.of(2026, 3, 31))));
  }

  @Test
  void twoVersionsInForce() {
    RasTable overlapping = version("t", "2026.2", LocalDate.of(2026, 10, 1), null, "30");
    TableSet set = TableSet.of(V1, overlapping);
    // before the second starts only 2026.1 is in force (loading overlaps is not itself an error)
    assertThat(set.inForce("t", LocalDate.of(2026, 9, 30))).isSameAs(V1);
    TableSelectionException e = fails(() -> set.inForce("t", LocalDate.of(2026, 11, 1)));
    only(e, ErrorCode.VERSION_OVERLAP, "/date", "2026-11-01", "2026.1", "2026.2", "'t'");
    RasEngine engine = RasEngine.using(set);
    only(
        fails(() -> engine.calculate(on(LocalDate.of(2026, 11, 1)))),
        ErrorCode.VERSION_OVERLAP,
        "/date",
        "2026-11-01",
        "2026.1",
        "2026.2");
  }

  @Test
  void unknownTable() {
    RasEngine engine = RasEngine.of(V1);
    Assessment a =
        Assessment.builder().id("a").date(APR_2026).table("other").answer("Q1", "Q1B").build();
    only(
        fails(() -> engine.calculate(a)),
        ErrorCode.VERSION_UNKNOWN_TABLE,
        "/table",
        "'other'",
        "t");
    only(
        fails(() -> TableSet.of(V1).inForce("nope", APR_2026)),
        ErrorCode.VERSION_UNKNOWN_TABLE,
        "/table",
        "'nope'");
  }

  @Test
  void assessmentNamingNoTable() {
    RasTable other = version("other", "1", APR_2026, null, "5");
    RasEngine two = RasEngine.of(V1, other);
    only(
        fails(() -> two.calculate(on(APR_2026))),
        ErrorCode.VERSION_TABLE_NOT_NAMED,
        "/table",
        "2",
        "t",
        "other");
    // with one id loaded (in two versions) the assessment need not name it
    assertThat(RasEngine.of(V1, V2).tableFor(on(APR_2026))).isSameAs(V1);
    // naming it works with two ids loaded
    Assessment named =
        Assessment.builder().id("a").date(APR_2026).table("other").answer("Q1", "Q1B").build();
    assertThat(two.tableFor(named)).isSameAs(other);
  }

  @Test
  void sameIdAndVersionWithDifferentContent() {
    RasTable changed = version("t", "2026.1", APR_2026, APR_2027, "11");
    TableSelectionException e = fails(() -> TableSet.of(V1, changed));
    Problem p = only(e, ErrorCode.VERSION_DUPLICATE, "/version", "'t'", "2026.1");
    assertThat(p.message()).contains(V1.fingerprint().value(), changed.fingerprint().value());
  }

  @Test
  void sameTableTwiceIsKeptOnce() {
    RasTable again = version("t", "2026.1", APR_2026, APR_2027, "10");
    assertThat(again).isNotSameAs(V1).isEqualTo(V1);
    TableSet set = TableSet.of(V1, again, V2);
    assertThat(set.versions("t")).containsExactly(V1, V2);
    assertThat(set.tableIds()).containsExactly("t");
    assertThat(set.inForce("t", APR_2026)).isSameAs(V1);
  }
}
