package org.openras.check;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Whether an adjustment or a supplement can ever act: an adjustment that can change someone's
 * points, a supplement that can add money.
 *
 * @param kind {@code adjustment} or {@code supplement}
 * @param id the rule's id
 * @param pointer the rule's place in the table (JSON pointer)
 * @param canFire whether some assessment makes it act
 * @param descriptors the descriptors that make it act (a non-zero percent on a domain that can
 *     score points; a non-zero amount), in the table's order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RuleReach(
    String kind, String id, String pointer, boolean canFire, List<String> descriptors) {

  /**
   * Creates a rule's reach, keeping a copy of its descriptors.
   *
   * @param kind {@code adjustment} or {@code supplement}
   * @param id the rule's id
   * @param pointer the rule's place in the table (JSON pointer)
   * @param canFire whether some assessment makes it act
   * @param descriptors the descriptors that make it act (a non-zero percent on a domain that can
   *     score points; a non-zero amount), in the table's order
   */
  public RuleReach {
    descriptors = List.copyOf(descriptors);
  }
}
