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

  public Descriptor {
    points = Decimals.canonical(points);
  }

  /** A descriptor worth a whole number of points. */
  public static Descriptor of(String code, String text, long points) {
    return new Descriptor(code, text, BigDecimal.valueOf(points));
  }

  /** A descriptor worth {@code points}. */
  public static Descriptor of(String code, String text, BigDecimal points) {
    return new Descriptor(code, text, points);
  }
}
