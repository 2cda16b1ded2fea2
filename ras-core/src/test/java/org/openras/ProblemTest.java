package org.openras;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openras.testing.Tiny;

/** Problems, their places and the exception message a council officer reads. */
class ProblemTest {

  /** A source that knows where two pointers are. */
  private static final Source FILE =
      new Source() {
        private final Map<String, Location> places =
            Map.of("/domains/0/weight", new Location(12, 17), "/id", new Location(3, 9));

        @Override
        public String name() {
          return "tables/tiny.json";
        }

        @Override
        public Optional<Location> locate(String pointer) {
          return Optional.ofNullable(places.get(pointer));
        }
      };

  @Test
  void tableProblemsAreLocatedInTheirSource() {
    Throwable t =
        catchThrowable(
            () ->
                Tiny.table()
                    .source(FILE)
                    .id("bad id")
                    .domain(Tiny.domain("D1").weight(-1).question(Tiny.one("Q1", "0")))
                    .curve(Tiny.linear("1"))
                    .build());
    assertThat(t).isInstanceOf(InvalidTableException.class);
    InvalidTableException e = (InvalidTableException) t;
    assertThat(e.sourceName()).contains("tables/tiny.json");
    assertThat(e.problems())
        .extracting(Problem::location)
        .containsExactly(Optional.of(new Location(3, 9)), Optional.of(new Location(12, 17)));
    assertThat(e.getMessage())
        .startsWith("tables/tiny.json: invalid RAS table (2 problems):")
        .contains("/id (line 3, column 9): table id 'bad id'")
        .contains(
            "/domains/0/weight (line 12, column 17): weight of domain D1 is -1, below 0"
                + " [RAS-T005: this number must not be negative]");
  }

  @Test
  void problemWithoutPlaceSaysDocument() {
    Problem p = Problem.at(ErrorCode.TABLE_EMPTY, "", "empty");
    assertThat(p.toString())
        .isEqualTo("(document): empty [RAS-T007: this list must have at" + " least one entry]");
    assertThat(p.locatedIn(Source.named("x.json")).location()).isEmpty();
  }

  @Test
  void anExceptionNeedsAProblem() {
    assertThatThrownBy(() -> new InvalidTableException(null, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void errorCodesAreUniqueAndWellFormed() {
    Set<String> codes = new HashSet<>();
    for (ErrorCode c : ErrorCode.values()) {
      assertThat(codes.add(c.code())).as(c.code()).isTrue();
      assertThat(c.code()).matches("RAS-[JTAVRCOX][0-9]{3}");
      assertThat(c.rule()).isNotBlank();
      assertThat(c).hasToString(c.code());
    }
  }

  @Test
  void ruleExceptionsShareOneFamily() {
    assertThat(
            new InvalidAssessmentException(
                null, List.of(Problem.at(ErrorCode.ASSESSMENT_REQUIRED, "/id", "no id"))))
        .isInstanceOf(RasException.class)
        .hasMessage(
            "invalid assessment: /id: no id [RAS-A001: a required field of the"
                + " assessment must be present]");
  }
}
