package org.openras.check;

import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Whether some combination of answers gives a total in one band of one curve.
 *
 * @param clientGroup the curve's client group
 * @param band the band's label
 * @param pointer the band's place in the table (JSON pointer)
 * @param reachable whether some reachable total lies in {@code [from, next from)}
 * @param leastTotal the least reachable total in the band, when reachable
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BandReach(
    String clientGroup,
    String band,
    String pointer,
    boolean reachable,
    Optional<BigDecimal> leastTotal) {}
