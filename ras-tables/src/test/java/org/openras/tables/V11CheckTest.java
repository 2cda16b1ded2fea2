package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openras.check.BandReach;
import org.openras.check.Check;
import org.openras.check.CheckReport;
import org.openras.check.Extremes;
import org.openras.check.TableChecks;
import org.openras.table.RasTable;

/** The table checks on spec v1.1's worked table: each curve's own limits and the panel band. */
class V11CheckTest {

  private final RasJson json = RasJson.standard();

  @Test
  void theWorkedTablesChecksUseEachCurvesOwnLimits() {
    RasTable t = json.readTable(Docs.resource("/spec/v1.1/table.json"), "table.json");
    CheckReport r = TableChecks.check(t);
    assertThat(r.exact()).isTrue();
    // older-people: 0 to 412 × 1.08 before its own floor 40 and ceiling 200
    for (Extremes e : r.extremes()) {
      if (e.clientGroup().equals("older-people")) {
        assertThat(e.leastBudget().budget()).isEqualByComparingTo("40.00");
        assertThat(e.greatestBudget().budget()).isEqualByComparingTo("200.00");
      }
    }
    assertThat(r.extremes()).extracting(Extremes::clientGroup).contains("older-people");
    assertThat(r.findings(Check.CURVE_LIMIT_UNREACHABLE)).isEmpty();
    // the table's ceiling 950 is in force for * only, whose most is its panel band C's 292 with
    // the waking-nights supplement 120, × 1.08 = 444.96
    assertThat(r.findings(Check.CEILING_UNREACHABLE))
        .singleElement()
        .satisfies(f -> assertThat(f.figures()).containsEntry("greatestAmount", "444.96"));
    // the panel band C is reached
    assertThat(r.findings(Check.UNREACHABLE_BAND)).isEmpty();
    assertThat(r.bands())
        .filteredOn(b -> b.band().equals("C"))
        .extracting(BandReach::reachable)
        .containsExactly(true);
  }
}
