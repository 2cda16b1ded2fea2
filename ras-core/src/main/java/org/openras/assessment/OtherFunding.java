package org.openras.assessment;

import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * What a source of funding other than the council pays for the person (spec v1.1 §4), in the
 * table's period (and unit): the council budget is what is left of the budget after it.
 *
 * @param source the id of a source the table lists
 * @param amount what it pays, greater than 0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record OtherFunding(String source, BigDecimal amount) {}
