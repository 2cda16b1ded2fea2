package org.openras.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openras.engine.RasEngine;
import org.openras.explain.render.Renderer;
import org.openras.table.RasTable;
import org.openras.table.Review;
import org.openras.testing.WorkedExample;

/**
 * How to ask for a review (spec v1.1 §6): every statement says it in general words straight after
 * the budget; a table's own review text, contact and reference are shown with it, in the statement
 * and the published table, in every format.
 */
class ReviewRouteTest {
  private static final Review REVIEW =
      new Review(
          "If you think an answer does not describe your needs, ask your social worker for a"
              + " review within 28 days.",
          "Adult Social Care reviews, 0300 123 4567, ascreviews@example.gov.uk",
          Optional.of("Care and support review policy 2026, section 3"));

  private static Statement statement(RasTable t) {
    return Statement.of(t, RasEngine.of(t).calculate(WorkedExample.assessment()));
  }

  @Test
  void everyStatementSaysHowToAskForAReviewRightAfterTheBudget() {
    String text = Renderer.text(statement(WorkedExample.table()));
    int budget = text.indexOf("Your budget after moderation: £239.69 a week");
    int review = text.indexOf("If you think an answer is wrong");
    int answers = text.indexOf("Your answers and points");
    assertThat(budget).isNotNegative();
    assertThat(review).isGreaterThan(budget).isLessThan(answers);
    assertThat(text.replaceAll("\\s+", " "))
        .contains("you can ask the council to review it")
        .contains("Give the assessment reference case-0042/review-3")
        .contains("what-if list")
        .contains("Bring what shows your needs")
        .doesNotContain("How this council reviews an answer");
  }

  @Test
  void aTablesReviewRouteIsShownInTheStatementInEveryFormat() {
    RasTable t = WorkedExample.tableBuilder().review(REVIEW).build();
    Statement s = statement(t);
    assertThat(s.header().review()).contains(REVIEW);
    String text = Renderer.text(s).replaceAll("\\s+", " ");
    assertThat(text)
        .contains("How this council reviews an answer")
        .contains("ask your social worker for a review within 28 days.")
        .contains("Reviews Adult Social Care reviews, 0300 123 4567, ascreviews@example.gov.uk")
        .contains("Source: Care and support review policy 2026, section 3");
    assertThat(text.indexOf("How this council reviews an answer"))
        .isLessThan(text.indexOf("Your answers and points"));
    assertThat(Renderer.markdown(s))
        .contains("### How this council reviews an answer")
        .contains(
            "| Reviews | Adult Social Care reviews, 0300 123 4567, ascreviews@example.gov.uk |");
    Document html = StatementHtmlTest.parse(Renderer.html(s));
    assertThat(html.select("h3").eachText()).contains("How this council reviews an answer");
    assertThat(html.select("th[scope=row]").eachText()).contains("Reviews");
    assertThat(html.text()).contains("ascreviews@example.gov.uk");
  }

  @Test
  void thePublishedTableShowsTheReviewRoute() {
    String without = Renderer.markdown(PublishedTable.of(WorkedExample.table()));
    assertThat(without).contains("## How to ask for a review").doesNotContain("ascreviews");
    String with =
        Renderer.markdown(PublishedTable.of(WorkedExample.tableBuilder().review(REVIEW).build()));
    assertThat(with)
        .contains("## How to ask for a review")
        .contains("ask your social worker for a review within 28 days.")
        .contains("ascreviews@example.gov.uk")
        .contains("*Source: Care and support review policy 2026, section 3*");
  }
}
