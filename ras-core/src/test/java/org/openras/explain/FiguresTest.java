package org.openras.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FiguresTest {
  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void numbersInShortestPlainForm() {
    assertThat(Figures.number(d("17.10"))).isEqualTo("17.1");
    assertThat(Figures.number(d("1E+1"))).isEqualTo("10");
    assertThat(Figures.number(d("0.000"))).isEqualTo("0");
    assertThat(Figures.number(d("-10"))).isEqualTo("−10");
    assertThat(Figures.points(d("1.0"))).isEqualTo("1 point");
    assertThat(Figures.points(d("39.6"))).isEqualTo("39.6 points");
    assertThat(Figures.percent(d("-25"))).isEqualTo("−25%");
  }

  @Test
  void moneyKeepsEveryExactDecimalAndGroupsThousands() {
    assertThat(Figures.money("GBP", d("10383.88"))).isEqualTo("£10,383.88");
    assertThat(Figures.money("GBP", d("199.692"))).isEqualTo("£199.692");
    assertThat(Figures.money("GBP", d("82"))).isEqualTo("£82.00");
    assertThat(Figures.money("GBP", d("1234567.5"))).isEqualTo("£1,234,567.50");
    assertThat(Figures.money("GBP", d("-4.5"))).isEqualTo("−£4.50");
    assertThat(Figures.money("EUR", d("100"))).isEqualTo("EUR 100.00");
    assertThat(Figures.moneyToPenny("GBP", d("199.692"))).isEqualTo("£199.69");
    assertThat(Figures.moneyToPenny("GBP", d("19.965"))).isEqualTo("£19.97");
    assertThat(Figures.moneyToPenny("GBP", d("82"))).isEqualTo("£82.00");
    assertThat(Figures.plain(d("-1E+2"))).isEqualTo("-100");
    assertThat(Figures.money("JPY", d("1000"))).endsWith("1,000");
    assertThat(Figures.signedMoney("GBP", d("40"))).isEqualTo("+ £40.00");
    assertThat(Figures.signedMoney("GBP", d("-0.002"))).isEqualTo("− £0.002");
  }
}
