package org.openras.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.table.RasTable;

/** The property runner reports enough to replay a failure. */
class PropertiesTest {
  @Test
  void failureNamesSeedTableAndAssessment() {
    assertThatThrownBy(
            () ->
                Properties.forAll(
                    "fails at seed 3",
                    java.util.stream.LongStream.range(1, 6),
                    c -> {
                      RasTable t = c.table(TableGenerator.defaults().generate(c.seed()));
                      c.assessment(AssessmentGenerator.forTable(t).generate(c.seed()));
                      c.note("a note");
                      assertThat(c.seed()).isLessThan(3);
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Property 'fails at seed 3' failed for seed 3")
        .hasMessageContaining("-Dopenras.seed=3")
        .hasMessageContaining(TableGenerator.defaults().generate(3).canonicalForm())
        .hasMessageContaining("assessment: {id=gen-3,")
        .hasMessageContaining("note: a note");
  }

  @Test
  void runsEverySeedInOrder() {
    List<Long> seen = new ArrayList<>();
    Properties.forAll("records", Properties.seeds(10, 4), c -> seen.add(c.seed()));
    if (System.getProperty(Properties.SEED_PROPERTY) == null) {
      assertThat(seen).containsExactly(10L, 11L, 12L, 13L);
    }
  }
}
