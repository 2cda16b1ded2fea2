package org.openras.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openras.assessment.Assessment;
import org.openras.engine.DomainScore;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.explain.PublishedTable.DescriptorEntry;
import org.openras.explain.Statement.DomainPart;
import org.openras.explain.Statement.MoneyStep;
import org.openras.explain.Statement.QuestionPart;
import org.openras.explain.render.Renderer;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.table.Period;
import org.openras.table.RasTable;
import org.openras.testing.Properties;

/**
 * Statements and published tables of generated tables and assessments (both periods, floors,
 * ceilings, ANY questions, unanswered questions, supplements, moderations): they are always built,
 * agree with the result figure by figure, and render in every format; the HTML always parses
 * without error. Replay a failure with {@code -Dopenras.seed=<seed>}.
 */
class ExplainPropertiesTest {
  private static final TableGenerator TABLES =
      TableGenerator.defaults().withPeriods(Period.WEEK, Period.YEAR);

  @Test
  void statementsAgreeWithTheResultAndRenderInEveryFormat() {
    Properties.forAll(
        "statement agrees with result",
        Properties.seeds(1, 60),
        c -> {
          RasTable t = c.table(TABLES.generate(c.seed()));
          RasEngine engine = RasEngine.of(t);
          List<Assessment> assessments =
              AssessmentGenerator.forTable(t)
                  .withModerationProbability(0.5)
                  .withUnansweredProbability(0.2)
                  .stream(c.seed(), 4)
                  .toList();
          for (Assessment a : assessments) {
            c.assessment(a);
            Result r = engine.calculate(a);
            Statement s = Statement.of(t, r);
            for (int i = 0; i < t.domains().size(); i++) {
              DomainPart dp = s.domains().get(i);
              DomainScore ds = r.domains().get(i);
              assertThat(dp.code()).isEqualTo(ds.code());
              assertThat(dp.adjusted()).isEqualByComparingTo(ds.adjusted());
              BigDecimal sum = BigDecimal.ZERO;
              for (QuestionPart q : dp.questions()) {
                sum = sum.add(q.points());
                BigDecimal chosen = BigDecimal.ZERO;
                for (Statement.Choice ch : q.choices()) {
                  chosen = chosen.add(ch.points());
                }
                assertThat(q.points()).isLessThanOrEqualTo(chosen);
                assertThat(q.answered()).isEqualTo(a.answers().containsKey(q.code()));
              }
              assertThat(sum).isEqualByComparingTo(ds.raw());
            }
            // the money steps chain from 0 to the indicative budget
            BigDecimal running = BigDecimal.ZERO;
            for (MoneyStep m : s.money().steps()) {
              assertThat(m.before()).isEqualByComparingTo(running);
              running = m.after();
            }
            BigDecimal primary =
                t.period() == Period.WEEK
                    ? r.indicativeBudget().weekly()
                    : r.indicativeBudget().annual();
            assertThat(running).isEqualByComparingTo(primary);
            assertThat(s.moderation().isPresent()).isEqualTo(!a.moderations().isEmpty());
            s.moderation()
                .ifPresent(
                    m -> {
                      assertThat(m.changes()).hasSameSizeAs(a.moderations());
                      assertThat(m.finalBudget()).isEqualTo(r.finalBudget().orElseThrow());
                    });
            assertThat(Renderer.text(s)).contains(Figures.money(t.currency(), primary));
            assertThat(Renderer.markdown(s)).isNotBlank();
            Document doc = StatementHtmlTest.parse(Renderer.html(s));
            assertThat(doc.select("svg")).hasSize(2);
          }
        });
  }

  @Test
  void publishedTablesMarkTheHighestAndRender() {
    Properties.forAll(
        "published table",
        Properties.seeds(1, 60),
        c -> {
          RasTable t = c.table(TABLES.generate(c.seed()));
          PublishedTable p = PublishedTable.of(t);
          for (PublishedTable.DomainEntry d : p.domains()) {
            for (PublishedTable.QuestionEntry q : d.questions()) {
              BigDecimal max =
                  q.descriptors().stream()
                      .map(DescriptorEntry::points)
                      .reduce(BigDecimal.ZERO, BigDecimal::max);
              for (DescriptorEntry x : q.descriptors()) {
                assertThat(x.highest())
                    .isEqualTo(max.signum() > 0 && x.points().compareTo(max) == 0);
              }
            }
          }
          assertThat(p.curves()).hasSameSizeAs(t.allocation().curves());
          Document doc = StatementHtmlTest.parse(Renderer.html(p));
          assertThat(doc.select("svg")).hasSize(t.allocation().curves().size());
          assertThat(Renderer.markdown(p)).contains(t.fingerprint().value());
          assertThat(Renderer.text(p)).contains(t.fingerprint().value());
        });
  }
}
