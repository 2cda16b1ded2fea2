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
 * <p>Exactly one of {@code amount} (signed money, in the table's period), {@code percent} (signed,
 * of the indicative budget) and {@code set} (the figure decided, at least 0; spec v1.1 §2) is
 * present in a valid moderation. Moderations are applied in order to a running figure that starts
 * at the indicative budget: an amount adds itself, a percent adds that percent of the indicative
 * budget, a set replaces the running figure.
 *
 * @param amount the signed money added, in the table's period
 * @param percent the signed percent of the indicative budget added
 * @param set the figure the budget is set at, in the table's period, at least 0
 * @param reason why, in words; never blank
 * @param by the role or team that made it
 * @param date the day it was made
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Moderation(
    Optional<BigDecimal> amount,
    Optional<BigDecimal> percent,
    Optional<BigDecimal> set,
    String reason,
    String by,
    LocalDate date) {

  /**
   * Creates a moderation; an absent amount, percent or set becomes empty.
   *
   * @param amount the signed money added, in the table's period
   * @param percent the signed percent of the indicative budget added
   * @param set the figure the budget is set at, in the table's period, at least 0
   * @param reason why, in words; never blank
   * @param by the role or team that made it
   * @param date the day it was made
   */
  public Moderation {
    amount = amount == null ? Optional.empty() : amount;
    percent = percent == null ? Optional.empty() : percent;
    set = set == null ? Optional.empty() : set;
  }

  /**
   * Creates a moderation by an amount or a percent (a v1 moderation).
   *
   * @param amount the signed money added, in the table's period
   * @param percent the signed percent of the indicative budget added
   * @param reason why, in words; never blank
   * @param by the role or team that made it
   * @param date the day it was made
   */
  public Moderation(
      Optional<BigDecimal> amount,
      Optional<BigDecimal> percent,
      String reason,
      String by,
      LocalDate date) {
    this(amount, percent, Optional.empty(), reason, by, date);
  }

  /**
   * {@return a moderation that sets the budget at a figure the worker or panel decided (spec v1.1
   * §2)}
   *
   * @param set the figure, in the table's period, at least 0
   * @param reason why, in words; never blank
   * @param by the role or team that made it
   * @param date the day it was made
   */
  public static Moderation ofSet(BigDecimal set, String reason, String by, LocalDate date) {
    return new Moderation(Optional.empty(), Optional.empty(), Optional.of(set), reason, by, date);
  }

  /** {@return how many of amount, percent and set are present: 1 in a valid moderation} */
  public int changes() {
    return (amount.isPresent() ? 1 : 0) + (percent.isPresent() ? 1 : 0) + (set.isPresent() ? 1 : 0);
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
