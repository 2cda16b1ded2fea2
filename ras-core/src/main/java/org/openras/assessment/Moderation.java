package org.openras.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A change a worker or a panel made to the indicative budget, with its reason, who made it and
 * when. Moderation is applied after the RAS figure and always reported beside it, never hidden
 * inside it (spec §3.7).
 *
 * <p>Exactly one of {@code amount} (signed money, in the table's period) and {@code percent}
 * (signed, of the indicative budget) is present in a valid moderation.
 *
 * @param amount the signed money added, in the table's period
 * @param percent the signed percent of the indicative budget added
 * @param reason why, in words; never blank
 * @param by the role or team that made it
 * @param date the day it was made
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Moderation(
    Optional<BigDecimal> amount,
    Optional<BigDecimal> percent,
    String reason,
    String by,
    LocalDate date) {

  /**
   * Creates a moderation; an absent amount or percent becomes empty.
   *
   * @param amount the signed money added, in the table's period
   * @param percent the signed percent of the indicative budget added
   * @param reason why, in words; never blank
   * @param by the role or team that made it
   * @param date the day it was made
   */
  public Moderation {
    amount = amount == null ? Optional.empty() : amount;
    percent = percent == null ? Optional.empty() : percent;
  }

  /**
   * {@return a change by a signed amount of money in the table's period}
   *
   * @param amount the signed money added, in the table's period
   * @param reason why, in words; never blank
   * @param by the role or team that made it
   * @param date the day it was made
   */
  public static Moderation ofAmount(BigDecimal amount, String reason, String by, LocalDate date) {
    return new Moderation(Optional.of(amount), Optional.empty(), reason, by, date);
  }

  /**
   * {@return a change by a signed percent of the indicative budget}
   *
   * @param percent the signed percent of the indicative budget added
   * @param reason why, in words; never blank
   * @param by the role or team that made it
   * @param date the day it was made
   */
  public static Moderation ofPercent(BigDecimal percent, String reason, String by, LocalDate date) {
    return new Moderation(Optional.empty(), Optional.of(percent), reason, by, date);
  }
}
