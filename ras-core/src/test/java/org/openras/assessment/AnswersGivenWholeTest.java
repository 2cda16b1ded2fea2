package org.openras.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Answers given all at once ({@link Assessment.Builder#answers}) and changed one by one after. */
class AnswersGivenWholeTest {
  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  private final ImmutableMap<String, Answer> given =
      ImmutableMap.of("Q2", Answer.one("2B"), "Q1", Answer.one("1C"), "Q5", Answer.any("5A", "5D"));

  private Assessment.Builder builder() {
    return Assessment.builder().id("p1").date(DAY);
  }

  @Test
  void theAssessmentKeepsTheMapAsGivenInItsOrder() {
    Assessment a = builder().answers(given).build();
    assertThat(a.answers()).isSameAs(given);
    assertThat(a.answers().keySet()).containsExactly("Q2", "Q1", "Q5");
    assertThat(a)
        .isEqualTo(
            builder().answer("Q2", "2B").answer("Q1", "1C").answerAny("Q5", "5A", "5D").build());
  }

  @Test
  void theyReplaceAnswersGivenOneByOneBefore() {
    Assessment a = builder().answer("Q9", "9A").answer("Q1", "1A").answers(given).build();
    assertThat(a.answers()).isEqualTo(given);
  }

  @Test
  void answeringOrUnansweringAfterChangesACopyInOrder() {
    Assessment.Builder b = builder().answers(given).answer("Q1", "1D").answer("Q7", "7A");
    Assessment a = b.build();
    assertThat(a.answers().keySet()).containsExactly("Q2", "Q1", "Q5", "Q7");
    assertThat(a.answers().get("Q1")).isEqualTo(Answer.one("1D"));
    assertThat(given.get("Q1")).isEqualTo(Answer.one("1C"));
    Assessment fewer = builder().answers(given).unanswer("Q2").build();
    assertThat(fewer.answers().keySet()).containsExactly("Q1", "Q5");
  }

  @Test
  void aBuilderFromAnAssessmentChangesOnlyTheNewOne() {
    Assessment a = builder().answers(given).build();
    Assessment changed = a.toBuilder().unanswer("Q5").answer("Q3", "3A").build();
    assertThat(a.answers()).isSameAs(given);
    assertThat(changed.answers().keySet()).containsExactly("Q2", "Q1", "Q3");
    assertThat(a.toBuilder().build()).isEqualTo(a);
    assertThat(a.toBuilder().date(DAY.plusDays(1)).build().answers()).isSameAs(given);
  }

  @Test
  void nullIsAProgrammingError() {
    assertThatThrownBy(() -> builder().answers(null)).isInstanceOf(NullPointerException.class);
  }
}
