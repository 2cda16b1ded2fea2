package org.openras.table;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How a person asks the council to review an answer they think was coded wrongly (spec v1.1 §6):
 * shown on statements after the budget.
 *
 * @param text what to do, in words a family can follow; not blank
 * @param contact whom to ask and how (a team, a telephone number, an address); not blank
 * @param reference the policy the route comes from, when given
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Review(String text, String contact, Optional<String> reference) {

  /**
   * Creates a review route; an absent reference becomes empty.
   *
   * @param text what to do; not blank
   * @param contact whom to ask and how; not blank
   * @param reference the policy the route comes from, when given
   */
  public Review {
    reference = reference == null ? Optional.empty() : reference;
  }
}
