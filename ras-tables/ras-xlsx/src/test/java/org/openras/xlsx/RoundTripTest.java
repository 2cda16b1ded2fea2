package org.openras.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openras.generate.TableGenerator;
import org.openras.table.Adjustment;
import org.openras.table.Band;
import org.openras.table.Curve;
import org.openras.table.Domain;
import org.openras.table.Period;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Supplement;
import org.openras.tables.RasJson;

/** JSON → xlsx → table keeps the fingerprint: example tables, awkward values, generated tables. */
class RoundTripTest {

  static RasTable roundTrip(RasTable t) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxTables.standard().writeTable(t, out);
    return XlsxTables.standard()
        .readTable(new ByteArrayInputStream(out.toByteArray()), "roundtrip.xlsx");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../ras-examples/src/main/resources/org/openras/examples/worked-table.json",
        "../../ras-examples/src/main/resources/org/openras/examples/saq40-table.json",
        "../../ras-examples/src/test/resources/cli/worked-table-2027.json",
        "../../ras-tables/src/test/resources/spec/worked-table.json",
        "../../ras-tables/src/test/resources/spec/v1.1/table.json",
        "../../ras-tables/src/test/resources/spec/v1.1/hours-table.json"
      })
  void exampleTablesKeepTheirFingerprint(String file) {
    RasTable t = RasJson.standard().readTable(Path.of(file));
    RasTable back = roundTrip(t);
    assertThat(back.fingerprint()).isEqualTo(t.fingerprint());
    assertThat(back.canonicalForm()).isEqualTo(t.canonicalForm());
    // and the JSON written from the workbook's table is the JSON of the original
    assertThat(RasJson.standard().writeTable(back)).isEqualTo(RasJson.standard().writeTable(t));
  }

  /**
   * How many generated tables the property test round-trips: 1000 by default (about a minute on a
   * busy two-core machine); CI asks for more with {@code -Dras.xlsx.seeds=N}.
   */
  static final long SEEDS = Long.getLong("ras.xlsx.seeds", 1000);

  @Test
  void generatedTablesKeepTheirFingerprint() {
    TableGenerator gen = TableGenerator.defaults();
    TableGenerator many = gen.withDomains(1, 8).withMaxAdjustments(4).withMaxSupplements(4);
    for (long seed = 1; seed <= SEEDS; seed++) {
      RasTable t = (seed % 2 == 0 ? gen : many).generate(seed);
      RasTable back = roundTrip(t);
      assertThat(back.canonicalForm()).as("seed %d", seed).isEqualTo(t.canonicalForm());
    }
  }

  /** Spec v1.1's fields (panel bands, curve limits, a unit, other funding, review) round-trip. */
  @Test
  void generatedV11TablesKeepTheirFingerprint() {
    TableGenerator gen = TableGenerator.defaults().withV11Fields(0.5);
    TableGenerator all = TableGenerator.defaults().withDomains(1, 8).withV11Fields(1);
    int withV11 = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      RasTable t = (seed % 2 == 0 ? gen : all).generate(seed);
      RasTable back = roundTrip(t);
      assertThat(back.fingerprint()).as("seed %d", seed).isEqualTo(t.fingerprint());
      assertThat(back.canonicalForm()).as("seed %d", seed).isEqualTo(t.canonicalForm());
      if (!t.otherFunding().isEmpty() && t.allocation().unit().isPresent()) {
        withV11++;
      }
    }
    assertThat(withV11).as("tables with other funding and a unit").isGreaterThan((int) SEEDS / 4);
  }

  @Test
  void numbersNoSpreadsheetCellHoldsExactlyAreWrittenAsTextAndKept() {
    RasTable t = awkward();
    assertThat(roundTrip(t).canonicalForm()).isEqualTo(t.canonicalForm());
  }

  /** A table of awkward values: long numbers, number-like codes, odd characters, far dates. */
  static RasTable awkward() {
    return RasTable.builder()
        .id("awkward")
        .name("Awkward: 'quotes', <angle> & ünïcödé, trailing space ")
        .version("2026.10")
        .effectiveFrom(LocalDate.of(1900, 3, 1))
        .effectiveTo(LocalDate.of(9999, 12, 31))
        .currency("EUR")
        .period(Period.YEAR)
        .weeksPerYear(new BigDecimal("52.1428571428571428571"))
        .reference("  leading spaces")
        .domain(
            Domain.builder("007", "Zero-led code")
                .reference("Policy 4.2")
                .weight(new BigDecimal("0.1000000000000000055511151231257827"))
                .maxPoints(new BigDecimal("12345678901234567890"))
                .question(
                    Question.any("1", "Number-like code")
                        .reference("Form B, question 1")
                        .required(false)
                        .maxPoints(new BigDecimal("0.30000000000000004"))
                        .descriptor("1A", "tiny", new BigDecimal("1E-20"))
                        .descriptor("1B", "third", new BigDecimal("0.333333333333333333"))
                        .descriptor("1C", "plain", new BigDecimal("12.50"))))
        .domain(
            Domain.builder("D2", "Carers")
                .question(
                    Question.one("Q2", "Carer?")
                        .descriptor("2A", "none", 0)
                        .descriptor("2B/x~y", "slash and tilde", 0)))
        .adjustment(
            Adjustment.builder("carer", "Q2")
                .name("Carer support")
                .reference("Carers policy")
                .percent("2A", 0)
                .percent("2B/x~y", new BigDecimal("-12.3456789012345678"))
                .domains("007"))
        .curve(
            Curve.builder("*")
                .reference("Cabinet, 12 March 2026")
                .band(
                    new Band(
                        "A",
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        new BigDecimal("4.1"),
                        Optional.of("Band A: home care rate")))
                .band(
                    "B",
                    new BigDecimal("20.5"),
                    new BigDecimal("82.000000000000001"),
                    new BigDecimal("5.25")))
        .supplement(
            Supplement.builder("s", "1")
                .name("Supplement")
                .reference("Decision 7")
                .amount("1A", new BigDecimal("0.1"))
                .amount("1C", 3))
        .curve(Curve.builder("older-people").band("OP", 0, 10, BigDecimal.ONE))
        .costFactor("*", new BigDecimal("1.08"))
        .floor(new BigDecimal("0.01"))
        .ceiling(new BigDecimal("1E+6"))
        .rounding(new BigDecimal("0.05"), RoundingMode.HALF_EVEN)
        .tolerancePercent(new BigDecimal("7.5"))
        .build();
  }

  @Test
  void aCellIsReadAsTheDecimalASpreadsheetShows() {
    assertThat(Numbers.shown(0.1)).isEqualByComparingTo("0.1");
    assertThat(Numbers.shown(0.1 + 0.2).toPlainString()).isEqualTo("0.3");
    assertThat(Numbers.shown(1.0 / 3).toPlainString()).isEqualTo("0.333333333333333");
    assertThat(Numbers.shown(123456789012345.0).toPlainString()).isEqualTo("123456789012345");
    assertThat(Numbers.shown(4.1).toPlainString()).isEqualTo("4.1");
    assertThat(Numbers.shown(Double.parseDouble("2e23")).toPlainString())
        .isEqualTo("200000000000000000000000");
    assertThat(Numbers.shown(-0.0)).isEqualByComparingTo("0");
    assertThat(Numbers.shown(1e-20).toPlainString()).isEqualTo("0.00000000000000000001");
    assertThat(Numbers.fitsCell(new BigDecimal("0.1"))).isTrue();
    assertThat(Numbers.fitsCell(new BigDecimal("123456789012345"))).isTrue();
    assertThat(Numbers.fitsCell(new BigDecimal("1234567890123456"))).isFalse();
    assertThat(Numbers.fitsCell(new BigDecimal("0.1000000000000000055"))).isFalse();
    assertThat(Numbers.fitsCell(new BigDecimal("1E-400"))).isFalse();
    assertThat(Numbers.fitsCell(new BigDecimal("1E+400"))).isFalse();
    for (String ok : List.of("12", "-3", "0.5", " 7.25 ", "007")) {
      assertThat(Numbers.parseText(ok)).as(ok).isNotNull();
    }
    assertThat(Numbers.parseText("007")).isEqualByComparingTo("7");
    for (String no : List.of("£12", "1,000", "1e3", "+5", "5%", ".5", "5.", "-", "", "1 000")) {
      assertThat(Numbers.parseText(no)).as(no).isNull();
    }
  }
}
