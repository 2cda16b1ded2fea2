package org.openras.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openras.table.RasTable;
import org.openras.testing.WorkedExample;

/** One assessment computed under a given table version, whatever its date. */
class ForTableTest {
  private final RasTable table2026 = WorkedExample.table(); // 2026-04-01 to 2027-04-01

  @Test
  void inForceOnItsDateAndNamingTheTableItIsUnchanged() {
    Assessment a = WorkedExample.assessment(); // 2026-06-01, table worked-example
    assertThat(a.forTable(table2026)).isSameAs(a);
  }

  @Test
  void notInForceOnItsDateItIsDatedOnTheVersionsFirstDay() {
    Assessment old = WorkedExample.assessmentBuilder().date(LocalDate.of(2025, 9, 1)).build();
    Assessment moved = old.forTable(table2026);
    assertThat(moved.date()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(moved.answers()).isEqualTo(old.answers());
    assertThat(moved.moderations()).isEqualTo(old.moderations());
    assertThat(moved.id()).isEqualTo(old.id());
  }

  @Test
  void itNamesTheGivenTable() {
    Assessment other = WorkedExample.assessmentBuilder().table("another-table").build();
    Assessment moved = other.forTable(table2026);
    assertThat(moved.tableId()).contains("worked-example");
    assertThat(moved.date()).isEqualTo(other.date());
  }
}
