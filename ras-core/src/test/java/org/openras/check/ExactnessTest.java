package org.openras.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.engine.Tracing;
import org.openras.generate.Assessments;
import org.openras.generate.TableGenerator;
import org.openras.table.Band;
import org.openras.table.CostFactor;
import org.openras.table.Curve;
import org.openras.table.Period;
import org.openras.table.RasTable;
import org.openras.testing.Properties;

/**
 * The analysis is exact: on hundreds of small generated tables, its reachable bands and its
 * extremes equal what brute-force enumeration of every assessment gives, and every extreme is
 * reached by the example assessment reported with it (rerun through the engine).
 */
class ExactnessTest {
  private static final TableGenerator SMALL =
      TableGenerator.defaults()
          .withDomains(1, 3)
          .withQuestionsPerDomain(1, 2)
          .withDescriptorsPerQuestion(1, 4)
          .withAnyShare(0.25)
          .withOptionalShare(0.3)
          .withCapProbability(0.4)
          .withMaxAdjustments(2)
          .withMaxSupplements(2)
          .withMaxClientGroups(1)
          .withMaxLocalities(1)
          .withMaxBands(5);

  private static final BigInteger MAX_SPACE = BigInteger.valueOf(1_500);

  @Test
  void bandsAndExtremesEqualBruteForce() {
    int[] checked = {0};
    Properties.forAll(
        "exact against brute force",
        Properties.seeds(7, 400),
        c -> {
          RasTable t = c.table(SMALL.generate(c.seed()));
          if (Assessments.spaceSize(t).compareTo(MAX_SPACE) > 0) {
            return;
          }
          checked[0]++;
          againstBruteForce(t, TableChecks.check(t));
        });
    assertThat(checked[0]).as("tables small enough to enumerate").isGreaterThan(200);
  }

  /**
   * The same on tables where the reachable totals are listed one by one (the lattice bound set to
   * 1, as for points with many decimals): listing is as exact as bit sets.
   */
  @Test
  void listedTotalsEqualBruteForceToo() {
    CheckConfig listed = CheckConfig.defaults().withMaxLattice(1);
    int[] checked = {0};
    Properties.forAll(
        "listed totals exact against brute force",
        Properties.seeds(7, 400),
        c -> {
          RasTable t = c.table(SMALL.generate(c.seed()));
          if (Assessments.spaceSize(t).compareTo(MAX_SPACE) > 0) {
            return;
          }
          checked[0]++;
          againstBruteForce(t, TableChecks.check(t, listed));
        });
    assertThat(checked[0]).as("tables small enough to enumerate").isGreaterThan(200);
  }

  private static void againstBruteForce(RasTable t, CheckReport report) {
    assertThat(report.exact()).isTrue();
    RasEngine engine = RasEngine.of(t);
    List<Curve> curves = t.allocation().curves();
    List<CostFactor> factors = t.allocation().costFactors();
    assertThat(report.extremes()).hasSize(curves.size() * factors.size());
    int k = 0;
    TreeSet<BigDecimal> totals = new TreeSet<>();
    int domains = t.domains().size();
    BigDecimal[] minRaw = new BigDecimal[domains];
    BigDecimal[] maxRaw = new BigDecimal[domains];
    for (Curve curve : curves) {
      for (CostFactor f : factors) {
        Assessment.Builder template =
            Assessment.builder().id("bf").date(t.effectiveFrom()).table(t.id());
        if (!curve.clientGroup().equals(Curve.ANY_GROUP)) {
          template.clientGroup(curve.clientGroup());
        }
        if (!f.locality().equals(CostFactor.ANY_LOCALITY)) {
          template.locality(f.locality());
        }
        BigDecimal minT = null;
        BigDecimal maxT = null;
        BigDecimal minB = null;
        BigDecimal maxB = null;
        for (Assessment a :
            (Iterable<Assessment>) Assessments.exhaustive(t, template.build())::iterator) {
          Result r = engine.calculate(a, Tracing.OFF);
          BigDecimal tp = r.totalPoints();
          BigDecimal b = budget(t, r);
          totals.add(tp);
          for (int d = 0; d < domains; d++) {
            BigDecimal raw = r.domains().get(d).raw();
            minRaw[d] = minRaw[d] == null || raw.compareTo(minRaw[d]) < 0 ? raw : minRaw[d];
            maxRaw[d] = maxRaw[d] == null || raw.compareTo(maxRaw[d]) > 0 ? raw : maxRaw[d];
          }
          minT = minT == null || tp.compareTo(minT) < 0 ? tp : minT;
          maxT = maxT == null || tp.compareTo(maxT) > 0 ? tp : maxT;
          minB = minB == null || b.compareTo(minB) < 0 ? b : minB;
          maxB = maxB == null || b.compareTo(maxB) > 0 ? b : maxB;
        }
        Extremes e = report.extremes().get(k++);
        assertThat(e.clientGroup()).isEqualTo(curve.clientGroup());
        assertThat(e.locality()).isEqualTo(f.locality());
        assertThat(e.leastPoints().totalPoints()).isEqualByComparingTo(minT);
        assertThat(e.greatestPoints().totalPoints()).isEqualByComparingTo(maxT);
        assertThat(e.leastBudget().budget()).isEqualByComparingTo(minB);
        assertThat(e.greatestBudget().budget()).isEqualByComparingTo(maxB);
        for (Example x :
            List.of(e.leastPoints(), e.greatestPoints(), e.leastBudget(), e.greatestBudget())) {
          Result again = engine.calculate(x.assessment());
          assertThat(again.totalPoints()).isEqualByComparingTo(x.totalPoints());
          assertThat(budget(t, again)).isEqualByComparingTo(x.budget());
          assertThat(again.curve()).isEqualTo(curve.clientGroup());
        }
      }
    }
    List<BandReach> expected = new ArrayList<>();
    for (Curve curve : curves) {
      for (int i = 0; i < curve.bands().size(); i++) {
        Band b = curve.bands().get(i);
        BigDecimal end = i + 1 < curve.bands().size() ? curve.bands().get(i + 1).from() : null;
        BigDecimal least = totals.ceiling(b.from());
        boolean in = least != null && (end == null || least.compareTo(end) < 0);
        assertThat(
                report.bands().stream()
                    .filter(
                        r ->
                            r.clientGroup().equals(curve.clientGroup())
                                && r.band().equals(b.label()))
                    .findFirst()
                    .orElseThrow()
                    .reachable())
            .as("band %s of %s", b.label(), curve.clientGroup())
            .isEqualTo(in);
        if (!in) {
          expected.add(null);
        }
      }
    }
    assertThat(report.findings(Check.UNREACHABLE_BAND)).hasSize(expected.size());
    for (int d = 0; d < domains; d++) {
      String at = "/domains/" + d + "/maxPoints";
      var cap = t.domains().get(d).maxPoints();
      assertThat(
              report.findings(Check.CAP_UNREACHABLE).stream().anyMatch(f -> f.pointer().equals(at)))
          .as("cap of domain %d unreachable", d)
          .isEqualTo(cap.isPresent() && maxRaw[d].compareTo(cap.get()) < 0);
      assertThat(
              report.findings(Check.CAP_ALWAYS_EXCEEDED).stream()
                  .anyMatch(f -> f.pointer().equals(at)))
          .as("cap of domain %d always exceeded", d)
          .isEqualTo(cap.isPresent() && minRaw[d].compareTo(cap.get()) > 0);
    }
  }

  @Test
  void onLargeTablesNoGeneratedAssessmentPassesTheExtremes() {
    TableGenerator big =
        TableGenerator.defaults()
            .withDomains(6, 10)
            .withQuestionsPerDomain(3, 6)
            .withDescriptorsPerQuestion(3, 6)
            .withAnyShare(0.2)
            .withMaxAdjustments(2)
            .withMaxSupplements(2);
    Properties.forAll(
        "within the extremes",
        Properties.seeds(100, 10),
        c -> {
          RasTable t = c.table(big.generate(c.seed()));
          CheckReport report = TableChecks.check(t);
          assertThat(report.exact()).isTrue();
          RasEngine engine = RasEngine.of(t);
          for (Assessment a :
              (Iterable<Assessment>)
                  org.openras.generate.AssessmentGenerator.forTable(t).stream(c.seed(), 1_000)
                      ::iterator) {
            c.assessment(a);
            Result r = engine.calculate(a, Tracing.OFF);
            String locality =
                a.locality()
                    .filter(
                        l ->
                            t.allocation().costFactors().stream()
                                .anyMatch(f -> f.locality().equals(l)))
                    .orElse(CostFactor.ANY_LOCALITY);
            Extremes e =
                report.extremes().stream()
                    .filter(x -> x.clientGroup().equals(r.curve()) && x.locality().equals(locality))
                    .findFirst()
                    .orElseThrow();
            assertThat(r.totalPoints())
                .isBetween(e.leastPoints().totalPoints(), e.greatestPoints().totalPoints());
            assertThat(budget(t, r))
                .isBetween(e.leastBudget().budget(), e.greatestBudget().budget());
          }
        });
  }

  static BigDecimal budget(RasTable t, Result r) {
    return t.period() == Period.WEEK
        ? r.indicativeBudget().weekly()
        : r.indicativeBudget().annual();
  }
}
