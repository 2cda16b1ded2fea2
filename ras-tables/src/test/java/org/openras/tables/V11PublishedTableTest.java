package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openras.explain.PublishedTable;
import org.openras.explain.render.Renderer;
import org.openras.table.RasTable;

/**
 * The published v1.1 worked tables show the panel bands, each curve's own limits, the other sources
 * of funding, the review route and the unit with its price.
 */
class V11PublishedTableTest {
  private final RasJson json = RasJson.standard();

  private static String folded(String s) {
    return s.replaceAll("\\s+", " ");
  }

  @Test
  void panelBandsCurveLimitsOtherFundingAndReview() {
    RasTable t = json.readTable(Docs.resource("/spec/v1.1/table.json"), "table.json");
    PublishedTable p = PublishedTable.of(t);
    PublishedTable.CurveEntry general = p.curves().get(0);
    assertThat(general.bands().get(2).panel()).isTrue();
    assertThat(general.bands().get(0).panel()).isFalse();
    PublishedTable.CurveEntry older =
        p.curves().stream().filter(c -> c.clientGroup().equals("older-people")).findFirst().get();
    assertThat(older.floor()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("40"));
    assertThat(older.ceiling()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("200"));
    assertThat(p.otherFunding()).extracting(f -> f.id()).containsExactly("nhs", "ilf");
    String text = folded(Renderer.text(p));
    assertThat(text)
        .contains("Decided by the panel")
        .contains("Yes: a starting point only")
        .contains(
            "From 60 points the council's Resource Allocation Panel decides the budget; this"
                + " figure is a starting point only.")
        .contains(
            "The curve for the client group \"older-people\". It has its own floor of £40.00 and"
                + " its own ceiling of £200.00, in place of the table's.")
        .contains("Floor of the curve \"older-people\" £40.00")
        .contains("Ceiling of the curve \"older-people\" £200.00")
        .contains("Funding from elsewhere")
        .contains("nhs NHS continuing healthcare or joint funding")
        .contains("ilf Independent Living Fund")
        .contains("How to ask for a review")
        .contains("Reviews Adult Social Care reviews, 0300 123 4567, reviews@example.org");
    assertThat(Renderer.html(p))
        .contains("Decided by the panel")
        .contains("Funding from elsewhere");
  }

  @Test
  void aTableInHoursShowsHoursAndThePriceOfOne() {
    RasTable t = json.readTable(Docs.resource("/spec/v1.1/hours-table.json"), "hours-table.json");
    PublishedTable p = PublishedTable.of(t);
    assertThat(p.unit()).isPresent();
    String text = folded(Renderer.text(p));
    assertThat(text)
        .contains("Hours at the start (a week)")
        .contains("Counted in hours")
        .contains("Price of one hour £23.50")
        .contains("The table counts support in hours, not in money")
        .contains("One hour costs £23.50; a budget's cost is its hours × £23.50")
        .contains("5 hours a week at 20 points, plus 0.3 hours for each point above 20")
        .contains("rounded to the nearest 0.25 hours");
    assertThat(Renderer.html(p)).doesNotContain("<svg");
  }
}
