package org.openras.table;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A source of funding other than the council that the table's council deducts (spec v1.1 §4): NHS
 * joint funding, the Independent Living Fund, a service the council already pays for directly. An
 * assessment lists what each source pays for the person; the council budget is what is left.
 *
 * @param id the source's id, unique in the table: 1 to 64 of {@code A-Z a-z 0-9 . _ -}
 * @param name the source's name as a family would read it; not blank
 * @param reference where the rule of deducting it comes from, when given
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record FundingSource(String id, String name, Optional<String> reference) {

  /**
   * Creates a source; an absent reference becomes empty.
   *
   * @param id the source's id, unique in the table
   * @param name the source's name; not blank
   * @param reference where the rule comes from, when given
   */
  public FundingSource {
    reference = reference == null ? Optional.empty() : reference;
  }

  /**
   * {@return a source with no reference}
   *
   * @param id the source's id, such as {@code nhs}
   * @param name the source's name
   */
  public static FundingSource of(String id, String name) {
    return new FundingSource(id, name, Optional.empty());
  }
}
