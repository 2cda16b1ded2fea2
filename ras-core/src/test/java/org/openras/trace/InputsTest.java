package org.openras.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A step's inputs read like the ordered map they stand for, without the null values. */
class InputsTest {
  private final Inputs inputs =
      new Inputs(new Object[] {"total", BigDecimal.TEN, "nextFrom", null, "mode", "HALF_UP"});

  @Test
  void readsLikeAnOrderedMapWithoutNulls() {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("total", BigDecimal.TEN);
    expected.put("mode", "HALF_UP");
    assertThat(inputs).isEqualTo(expected);
    assertThat(expected).isEqualTo(inputs);
    assertThat(inputs.hashCode()).isEqualTo(expected.hashCode());
    assertThat(inputs).hasToString(expected.toString());
    assertThat(List.copyOf(inputs.keySet())).containsExactly("total", "mode");
    assertThat(inputs.size()).isEqualTo(2);
    assertThat(inputs.containsKey("nextFrom")).isFalse();
    assertThat(inputs.get("nextFrom")).isNull();
    assertThat(inputs.get("mode")).isEqualTo("HALF_UP");
    assertThat(new Inputs(new Object[] {"a", null})).isEmpty();
  }

  @Test
  void cannotBeChanged() {
    assertThatThrownBy(() -> inputs.put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> inputs.entrySet().iterator().next().setValue("z"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> inputs.keySet().remove("total"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
