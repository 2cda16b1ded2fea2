package org.openras.table;

import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * One possible answer to a question: a short statement of the support a person needs, with the code
 * a worker records (such as {@code 1C}) and the points it is worth.
 *
 * <p>Codes are unique across the whole table, so a code alone says which question it answers.
 * Descriptors of a question are listed from least to most need.
 *
 * @param code the descriptor's code, unique in the table
 * @param text the statement as the person reads it
 * @param points the points the descriptor scores, at least 0
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Descriptor(String code, String text, BigDecimal points) {

  /**
   * Creates a descriptor with its points in canonical form.
   *
   * @param code the descriptor's code, unique in the table
   * @param text the statement as the person reads it
   * @param points the points the descriptor scores, at least 0
   */
  public Descriptor {
    points = Decimals.canonical(points);
  }

  /**
   * {@return a descriptor worth a whole number of points}
   *
   * @param code the descriptor's code, unique in the table, such as {@code 1B}
   * @param text the statement of the support needed
   * @param points the points it scores, at least 0
   */
  public static Descriptor of(String code, String text, long points) {
    return new Descriptor(code, text, BigDecimal.valueOf(points));
  }

  /**
   * {@return a descriptor worth {@code points}}
   *
   * @param code the descriptor's code, unique in the table, such as {@code 1B}
   * @param text the statement of the support needed
   * @param points the points it scores, at least 0
   */
  public static Descriptor of(String code, String text, BigDecimal points) {
    return new Descriptor(code, text, points);
  }
}
