package org.openras.explain;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One change of the inputs between the two sides of a {@link Comparison}: the table version, the
 * client group, the locality, one answer, the moderations, or the funding from elsewhere.
 *
 * @param kind what changed
 * @param subject the question code for {@link Kind#ANSWER}; empty otherwise
 * @param before the value before, in words and codes; empty when there was none (a question not
 *     answered, no client group, no moderations)
 * @param after the value after; empty when there is none
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ComparisonChange(
    Kind kind, String subject, Optional<String> before, Optional<String> after) {

  /** What can change between two calculations, in the order the changes are applied. */
  public enum Kind {
    /** The table version (or the table) used. */
    TABLE,
    /** The client group, which chooses the allocation curve. */
    CLIENT_GROUP,
    /** The locality, which chooses the cost factor. */
    LOCALITY,
    /** The answer to one question. */
    ANSWER,
    /** The moderations of the budget. */
    MODERATIONS,
    /**
     * The funding from elsewhere (spec v1.1 §4): it changes only who pays, so only the council
     * budget; applied last.
     */
    OTHER_FUNDING
  }

  /**
   * Creates a change; every part is required.
   *
   * @param kind what changed
   * @param subject the question code for {@link Kind#ANSWER}; empty otherwise
   * @param before the value before, in words and codes; empty when there was none (a question not
   *     answered, no client group, no moderations)
   * @param after the value after; empty when there is none
   */
  public ComparisonChange {
    requireNonNull(kind, "kind");
    requireNonNull(subject, "subject");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
  }
}
