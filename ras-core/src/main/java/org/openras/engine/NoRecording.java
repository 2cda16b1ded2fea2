package org.openras.engine;

import java.math.BigDecimal;
import org.openras.assessment.Moderation;
import org.openras.internal.Recorder;
import org.openras.table.Adjustment;
import org.openras.table.Band;
import org.openras.table.CostFactor;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.FundingSource;
import org.openras.table.Question;
import org.openras.table.Rounding;
import org.openras.table.Supplement;
import org.openras.table.Unit;
import org.openras.trace.Trace;

/**
 * The recorder of an untraced exact calculation: it records nothing, allocates nothing, and its
 * trace is {@link Trace#empty()}. An enum, so that there is exactly one (like a disabled statistics
 * counter), and the calculation tells every step to its recorder without checking whether it
 * traces.
 */
enum NoRecording implements Recorder<Trace> {
  /** The only one. */
  INSTANCE;

  @Override
  public void descriptor(Question q, Descriptor x) {}

  @Override
  public void unanswered(Question q) {}

  @Override
  public void question(Question q, BigDecimal sum, BigDecimal points) {}

  @Override
  public void domainRaw(Domain d, String questions, BigDecimal raw) {}

  @Override
  public void domainCap(Domain d, BigDecimal raw, BigDecimal capped) {}

  @Override
  public void domainWeight(Domain d, BigDecimal capped, BigDecimal weighted) {}

  @Override
  public void adjustment(Domain d, Adjustment adj, String chosen, BigDecimal percent) {}

  @Override
  public void domainAdjusted(
      Domain d, BigDecimal weighted, BigDecimal percent, BigDecimal adjusted) {}

  @Override
  public void totalPoints(String domains, BigDecimal total) {}

  @Override
  public void curve(Curve curve, String clientGroup) {}

  @Override
  public void band(Band band, Band next, BigDecimal total, BigDecimal amount) {}

  @Override
  public void supplement(
      Supplement s, String chosen, BigDecimal add, BigDecimal before, BigDecimal amount) {}

  @Override
  public void costFactor(
      CostFactor factor, String locality, BigDecimal before, BigDecimal amount) {}

  @Override
  public void panelBand(Band band, BigDecimal amount) {}

  @Override
  public void curveLimits(Curve curve) {}

  @Override
  public void limits(Curve curve, BigDecimal before, BigDecimal amount, String applied) {}

  @Override
  public void rounding(BigDecimal amount, BigDecimal budget) {}

  @Override
  public void otherPeriod(boolean isFinal, BigDecimal budget, BigDecimal other) {}

  @Override
  public void moderation(int number, Moderation m, BigDecimal change, BigDecimal indicative) {}

  @Override
  public void moderationSet(int number, Moderation m, BigDecimal before, BigDecimal change) {}

  @Override
  public void unitCost(
      String which,
      Unit unit,
      BigDecimal quantity,
      BigDecimal otherQuantity,
      BigDecimal cost,
      BigDecimal otherCost) {}

  @Override
  public void otherFunding(FundingSource source, BigDecimal amount) {}

  @Override
  public void councilBudget(
      BigDecimal council,
      BigDecimal budget,
      boolean isFinal,
      BigDecimal other,
      BigDecimal unrounded,
      boolean covers) {}

  @Override
  public void councilOtherPeriod(BigDecimal budget, BigDecimal other) {}

  @Override
  public void finalBudget(
      BigDecimal fin,
      BigDecimal indicative,
      BigDecimal change,
      BigDecimal unrounded,
      Rounding rounding) {}

  @Override
  public void panelCheck(
      String reference,
      BigDecimal difference,
      BigDecimal indicative,
      BigDecimal fin,
      BigDecimal tolerance,
      BigDecimal limit,
      boolean panel) {}

  @Override
  public int size() {
    return 0;
  }

  @Override
  public Trace build() {
    return Trace.empty();
  }
}
