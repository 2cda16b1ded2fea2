package org.openras.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.engine.Tracing;
import org.openras.explain.render.Renderer;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.table.Period;
import org.openras.table.RasTable;

/**
 * Pins every statement of generated tables and assessments to the letter: the statement value
 * itself (its {@code toString}, which shows every part, figure and sentence) and its text, Markdown
 * and HTML, hashed together per configuration. The digests were taken from the statement builder
 * before it was cut into its parts; a change of how a statement is built that is not a change of
 * what it says leaves them as they are. A change here changes what families read and must be
 * announced.
 */
class StatementReplayTest {

  /** For each configuration, a SHA-256 over every statement of seeds 1 to 40, 3 each. */
  private static final Map<String, String> DIGESTS =
      Map.of(
          "v1", "981dce39f16f2add73fdb2c917ff9b8a19dbfc0d13531ceb7896c99e286573d3",
          "v11", "81346edecb3273a4720a1164271a279f5caa914d5758c271997f457950ea56e7",
          "v11Year", "cb624a0fc074b0ae9d509229d61837c41d0a38b7fdd39ca78b3a50c5283daab4");

  /** The optional parts of a statement the configurations have shown, for the test below. */
  private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

  static Map<String, String> digests() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(
        "v1",
        digest(
            TableGenerator.defaults().withPeriods(Period.WEEK, Period.YEAR),
            t ->
                AssessmentGenerator.forTable(t)
                    .withModerationProbability(0.5)
                    .withUnansweredProbability(0.2)));
    out.put(
        "v11",
        digest(
            TableGenerator.defaults().withV11Fields(0.6),
            t ->
                AssessmentGenerator.forTable(t)
                    .withModerationProbability(0.6)
                    .withUnansweredProbability(0.2)
                    .withFallbackContextProbability(0.3)
                    .withV11Fields(0.6)));
    out.put(
        "v11Year",
        digest(
            TableGenerator.defaults()
                .withV11Fields(1)
                .withPeriods(Period.YEAR)
                .withFloorProbability(1)
                .withCeilingProbability(1),
            t -> AssessmentGenerator.forTable(t).withModerationProbability(1).withV11Fields(1)));
    return out;
  }

  private static String digest(
      TableGenerator tables, java.util.function.Function<RasTable, AssessmentGenerator> people) {
    Hasher h = Hashing.sha256().newHasher();
    for (long seed = 1; seed <= 40; seed++) {
      RasTable t = tables.generate(seed);
      RasEngine engine = RasEngine.of(t);
      for (Assessment a : people.apply(t).stream(seed, 3).toList()) {
        Result r = engine.calculate(a, Tracing.ON);
        Statement s = Statement.of(t, r);
        seen(s);
        for (String part :
            new String[] {s.toString(), Renderer.text(s), Renderer.markdown(s), Renderer.html(s)}) {
          h.putString(part, StandardCharsets.UTF_8).putByte((byte) 0);
        }
      }
    }
    return h.hash().toString();
  }

  private static void seen(Statement s) {
    s.moderation().ifPresent(m -> SEEN.add("moderation"));
    s.moderation().flatMap(Statement.ModerationPart::panel).ifPresent(p -> SEEN.add("check"));
    s.panelDecision().ifPresent(p -> SEEN.add("panel"));
    s.funding().ifPresent(f -> SEEN.add("funding"));
    s.header().unit().ifPresent(u -> SEEN.add("unit"));
    s.header().review().ifPresent(u -> SEEN.add("review"));
    for (Statement.ModerationLine l : s.moderation().map(m -> m.changes()).orElse(List.of())) {
      SEEN.add(l.set().isPresent() ? "set" : "change");
    }
    for (Statement.MoneyStep m : s.money().steps()) {
      SEEN.add(m.type().name());
    }
    s.money().steps().stream()
        .filter(m -> m.sentence().contains("its own, in place of"))
        .forEach(m -> SEEN.add("curveLimits"));
    for (Statement.DomainPart d : s.domains()) {
      if (!d.adjustments().isEmpty()) {
        SEEN.add("adjustment");
      }
    }
  }

  @Test
  void everyStatementIsTheSameToTheLetter() {
    assertThat(digests()).containsExactlyInAnyOrderEntriesOf(DIGESTS);
    // the digests pin every part a statement can have
    assertThat(SEEN)
        .contains(
            "moderation",
            "check",
            "panel",
            "funding",
            "unit",
            "review",
            "set",
            "change",
            "CURVE",
            "SUPPLEMENT",
            "COST_FACTOR",
            "LIMITS",
            "ROUNDING",
            "curveLimits",
            "adjustment");
  }

  @Test
  void configurationsAreDistinct() {
    assertThat(DIGESTS.values()).doesNotHaveDuplicates();
  }
}
