package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link CsvCells}: formulas neutralised, numbers kept. */
class CsvCellsTest {
  @Test
  void neutralisesEveryFormulaTrigger() {
    for (String s :
        new String[] {
          "=1+2", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "＝1", "-", "+", "1e5"
        }) {
      if (s.equals("1e5")) {
        assertThat(CsvCells.neutralise(s)).isEqualTo("1e5");
      } else {
        assertThat(CsvCells.neutralise(s)).as(s).isEqualTo("'" + s);
      }
    }
  }

  @Test
  void keepsNumbersAndOrdinaryText() {
    for (String s : new String[] {"-12.50", "+3", "199.69", "0", "-0.5", "A=B", "Mrs O'Neil", ""}) {
      assertThat(CsvCells.neutralise(s)).isEqualTo(s);
    }
    assertThat(CsvCells.neutralise((String) null)).isNull();
    assertThat(CsvCells.neutralise("a", "=b", "-1")).containsExactly("a", "'=b", "-1");
    assertThat(CsvCells.isNumber("-1.")).isFalse();
    assertThat(CsvCells.isNumber("1.2.3")).isFalse();
    assertThat(CsvCells.isNumber("-.")).isFalse();
  }
}
