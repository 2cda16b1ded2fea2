package org.openras.trace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;
import org.openras.assessment.Moderation;
import org.openras.internal.Recorder;
import org.openras.internal.Recorders;
import org.openras.table.Adjustment;
import org.openras.table.Band;
import org.openras.table.CostFactor;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.FundingSource;
import org.openras.table.Period;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Rounding;
import org.openras.table.Supplement;
import org.openras.table.Unit;

/**
 * The explanation of a figure: every step of spec §3 that touched it, in order, each with its rule,
 * inputs, output and a sentence. A person, a carer, an auditor or a tribunal can follow it line by
 * line, and the budget can be recomputed by hand from the trace alone.
 *
 * <p>Immutable and thread-safe once built. A calculation run without tracing has the {@link
 * #empty()} trace. Two traces are equal when their steps are equal, in the same order, and their
 * money is in the same currency and period (so that their lines are the same).
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Trace {
  private static final Trace EMPTY = new Trace(0, new byte[0], new Object[0], null, null);

  static {
    Recorders.register(
        new Recorders.Factory() {
          @Override
          public Recorder<Trace> forTable(RasTable table, int expectedSteps) {
            return new Recording(table, expectedSteps);
          }

          @Override
          public Recorder<Trace> generic(String currency, Period period) {
            return new Recording(currency, period);
          }
        });
  }

  /** The number of steps recorded. */
  private final int size;

  /**
   * The steps as recorded, not yet made into {@link TraceStep}s: each step's {@link Compact} code,
   * and one after another each step's references (the table's element and the step's figures), as
   * many as its code {@linkplain Compact#width has}.
   */
  private final byte[] codes;

  private final Object[] refs;
  private final Context context;

  /** The table the steps' elements come from, or null when the steps were recorded generically. */
  private final RasTable table;

  /** The steps, made when first asked for (once: every reader sees the same list). */
  private volatile List<TraceStep> steps;

  private Trace(int size, byte[] codes, Object[] refs, Context context, RasTable table) {
    this.size = size;
    this.codes = codes;
    this.refs = refs;
    this.context = context;
    this.table = table;
    if (size == 0) {
      this.steps = List.of();
    }
  }

  /** {@return the trace of a calculation run without tracing} */
  public static Trace empty() {
    return EMPTY;
  }

  /** {@return the steps, in the order they were applied} */
  public List<TraceStep> steps() {
    List<TraceStep> s = steps;
    if (s == null) {
      synchronized (this) {
        s = steps;
        if (s == null) {
          s = expand();
          steps = s;
        }
      }
    }
    return s;
  }

  /** The recorded steps made into {@link TraceStep}s. */
  private List<TraceStep> expand() {
    TraceStep[] out = new TraceStep[size];
    for (int i = 0, at = 0; i < size; i++) {
      out[i] = Compact.step(codes[i], refs, at, context, table);
      at += Compact.width(codes[i]);
    }
    return List.of(out);
  }

  /** {@return whether the trace has no step, which is when the calculation was not traced} */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * {@return the steps of one kind, in order}
   *
   * @param kind the rule, such as {@code DESCRIPTOR} or {@code BAND}
   */
  public List<TraceStep> steps(StepKind kind) {
    List<TraceStep> out = new ArrayList<>();
    for (TraceStep s : steps()) {
      if (s.kind() == kind) {
        out.add(s);
      }
    }
    return out;
  }

  /** {@return the explanation as numbered plain-English lines, one per step} */
  public List<String> lines() {
    List<TraceStep> all = steps();
    List<String> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      TraceStep s = all.get(i);
      String line = (i + 1) + ". " + s.explanation();
      if (s.reference().isPresent()) {
        line += " (Source: " + s.reference().get() + ")";
      }
      out.add(line);
    }
    return out;
  }

  /**
   * Whether {@code o} is a trace with equal steps in the same order, for money in the same currency
   * and period (any two traces without steps are equal).
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Trace t
        && size == t.size
        && (size == 0 || (context.equals(t.context) && steps().equals(t.steps())));
  }

  @Override
  public int hashCode() {
    return steps().hashCode();
  }

  /** The explanation as text, one numbered line per step. */
  @Override
  public String toString() {
    return String.join(System.lineSeparator(), lines());
  }

  /**
   * What every sentence of one trace needs to know: the currency, the table's period, and the unit
   * its allocation counts, if not money (spec v1.1 §5).
   */
  static final class Context {
    final String currency;
    final Period period;

    /** The unit of the allocation's figures, or null when they are money. */
    final Unit unit;

    Context(String currency, Period period) {
      this(currency, period, null);
    }

    Context(String currency, Period period, Unit unit) {
      this.currency = currency;
      this.period = period;
      this.unit = unit;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Context c
          && currency.equals(c.currency)
          && period == c.period
          && java.util.Objects.equals(unit, c.unit);
    }

    @Override
    public int hashCode() {
      return 31 * currency.hashCode() + period.hashCode() + (unit == null ? 0 : unit.hashCode());
    }
  }

  /**
   * The recording {@link Recorder}: keeps the steps of one calculation compactly, as a one-byte
   * code and references to the table's elements and the step's figures; their {@link TraceStep}s,
   * inputs and sentences are made only when the trace is read. Made through {@link Recorders}. Not
   * thread-safe: one per calculation.
   */
  static final class Recording implements Recorder<Trace> {
    private final Context context;
    private final RasTable table;
    private int size;
    private byte[] codes;
    private int used;
    private Object[] refs;

    /**
     * A recorder for a calculation in {@code currency} whose table's money is per {@code period}.
     *
     * @param currency the ISO 4217 code of the table's money, for the sentences
     * @param period whether the table's money is weekly or annual, for the sentences
     */
    Recording(String currency, Period period) {
      this(new Context(currency, period), null, 16);
    }

    /**
     * A recorder for a calculation with {@code table}, with room for {@code expectedSteps} steps
     * (more are made room for as they come). Only such a recorder takes the steps whose inputs are
     * the table's own figures: {@link #adjustment}, {@link #limits}, {@link #rounding} and {@link
     * #otherPeriod}.
     *
     * @param table the table calculated with: its currency, period and figures
     * @param expectedSteps about how many steps the calculation records, to size the recorder once
     */
    Recording(RasTable table, int expectedSteps) {
      this(
          new Context(table.currency(), table.period(), table.allocation().unit().orElse(null)),
          table,
          Math.max(expectedSteps, 1));
    }

    private Recording(Context context, RasTable table, int capacity) {
      this.context = context;
      this.table = table;
      this.codes = new byte[capacity];
      this.refs = new Object[capacity * 5 / 2];
    }

    /** The place of a new step's first reference, after making room for its references. */
    private int add(byte code) {
      int i = size;
      if (i == codes.length) {
        codes = Arrays.copyOf(codes, i * 2);
      }
      codes[i] = code;
      size = i + 1;
      int at = used;
      used = at + Compact.width(code);
      if (used > refs.length) {
        refs = Arrays.copyOf(refs, Math.max(used, refs.length * 2));
      }
      return at;
    }

    /**
     * Adds a step.
     *
     * @param kind the rule applied
     * @param subject the code of what the step is about (a question, a domain, a band…), or empty
     * @param label what the subject is called in the table, or null
     * @param reference where the rule comes from, as the table cites it, or null
     * @param value the step's result, or null when it has none
     * @param inputs names and values, alternating: {@code "points", 14, "descriptor", "1C"};
     *     numbers must be {@link BigDecimal}; a null value leaves its name out. The array is kept
     *     as it is, not copied (a step is recorded for every rule of every traced calculation): it
     *     must not be changed afterwards
     */
    public void step(
        StepKind kind,
        String subject,
        String label,
        String reference,
        BigDecimal value,
        Object... inputs) {
      int at = add(Compact.GENERIC);
      refs[at] = new TraceStep(kind, subject, label, reference, inputs, value, context);
    }

    /**
     * {@link StepKind#DESCRIPTOR}: the chosen descriptor {@code x} of question {@code q}.
     *
     * @param q the question answered
     * @param x the descriptor chosen, with its points
     */
    @Override
    public void descriptor(Question q, Descriptor x) {
      int at = add(Compact.DESCRIPTOR);
      refs[at] = q;
      refs[at + 1] = x;
    }

    /**
     * {@link StepKind#UNANSWERED}: the optional question {@code q}, not answered.
     *
     * @param q the optional question left unanswered (it scores nothing)
     */
    @Override
    public void unanswered(Question q) {
      int at = add(Compact.UNANSWERED);
      refs[at] = q;
    }

    /**
     * {@link StepKind#QUESTION}: question {@code q}'s descriptors add up to {@code sum}.
     *
     * @param q the question
     * @param sum the points of its chosen descriptors, added up
     * @param points the question's points: the sum, held to the question's maximum if it has one
     */
    @Override
    public void question(Question q, BigDecimal sum, BigDecimal points) {
      int at = add(Compact.QUESTION);
      refs[at] = q;
      refs[at + 1] = sum;
      refs[at + 2] = points;
    }

    /**
     * {@link StepKind#DOMAIN_RAW}: domain {@code d}'s {@code questions} add up to {@code raw}.
     *
     * @param d the domain
     * @param questions the codes of the domain's questions, as the step lists them
     * @param raw the domain's points before its maximum
     */
    @Override
    public void domainRaw(Domain d, String questions, BigDecimal raw) {
      int at = add(Compact.DOMAIN_RAW);
      refs[at] = d;
      refs[at + 1] = questions;
      refs[at + 2] = raw;
    }

    /**
     * {@link StepKind#DOMAIN_CAP}: domain {@code d}'s {@code raw} points capped.
     *
     * @param d the domain
     * @param raw the domain's points before its maximum
     * @param capped the points held to the domain's maximum
     */
    @Override
    public void domainCap(Domain d, BigDecimal raw, BigDecimal capped) {
      int at = add(Compact.DOMAIN_CAP);
      refs[at] = d;
      refs[at + 1] = raw;
      refs[at + 2] = capped;
    }

    /**
     * {@link StepKind#DOMAIN_WEIGHT}: domain {@code d}'s {@code capped} points weighted.
     *
     * @param d the domain
     * @param capped the points held to the domain's maximum
     * @param weighted the points times the domain's weight
     */
    @Override
    public void domainWeight(Domain d, BigDecimal capped, BigDecimal weighted) {
      int at = add(Compact.DOMAIN_WEIGHT);
      refs[at] = d;
      refs[at + 1] = capped;
      refs[at + 2] = weighted;
    }

    /**
     * {@link StepKind#ADJUSTMENT}: adjustment {@code adj} gives domain {@code d} {@code percent}
     * for the descriptor {@code chosen}.
     *
     * @param d the domain the carer adjustment reduces (or raises)
     * @param adj the carer adjustment
     * @param chosen the descriptor chosen for the adjustment's question
     * @param percent the percent that descriptor gives the domain
     */
    @Override
    public void adjustment(Domain d, Adjustment adj, String chosen, BigDecimal percent) {
      int at = add(tableCode(Compact.ADJUSTMENT));
      refs[at] = d;
      refs[at + 1] = adj;
      refs[at + 2] = chosen;
      refs[at + 3] = percent;
    }

    /**
     * {@link StepKind#DOMAIN_ADJUSTED}: domain {@code d}'s {@code weighted} points after its
     * adjustments' {@code percent}.
     *
     * @param d the domain
     * @param weighted the weighted points, before the adjustments
     * @param percent the adjustments' percents added up
     * @param adjusted the points after the adjustments
     */
    @Override
    public void domainAdjusted(
        Domain d, BigDecimal weighted, BigDecimal percent, BigDecimal adjusted) {
      int at = add(Compact.DOMAIN_ADJUSTED);
      refs[at] = d;
      refs[at + 1] = weighted;
      refs[at + 2] = percent;
      refs[at + 3] = adjusted;
    }

    /**
     * {@link StepKind#TOTAL_POINTS}: the {@code total} of the {@code domains} (their codes,
     * joined).
     *
     * @param domains the domains' codes, as the step lists them
     * @param total the total points: the domains' adjusted points added up
     */
    @Override
    public void totalPoints(String domains, BigDecimal total) {
      int at = add(Compact.TOTAL_POINTS);
      refs[at] = total;
      refs[at + 1] = domains;
    }

    /**
     * {@link StepKind#CURVE}: {@code curve} chosen for the {@code clientGroup} (null if none).
     *
     * @param curve the allocation curve chosen
     * @param clientGroup the person's client group, or null when the assessment gives none
     */
    @Override
    public void curve(Curve curve, String clientGroup) {
      int at = add(Compact.CURVE);
      refs[at] = curve;
      refs[at + 1] = clientGroup;
    }

    /**
     * {@link StepKind#BAND}: the {@code total} falls in {@code band}, followed by {@code next}
     * (null if none), giving {@code amount}.
     *
     * @param band the band the total points fall in
     * @param next the band after it, or null when it is the last
     * @param total the total points
     * @param amount the money the band gives for those points
     */
    @Override
    public void band(Band band, Band next, BigDecimal total, BigDecimal amount) {
      int at = add(Compact.BAND);
      refs[at] = band;
      refs[at + 1] = next;
      refs[at + 2] = total;
      refs[at + 3] = amount;
    }

    /**
     * {@link StepKind#COST_FACTOR}: {@code factor}, chosen for the {@code locality} (null if none),
     * turns {@code before} into {@code amount}.
     *
     * @param factor the cost factor chosen
     * @param locality the person's locality, or null when the assessment gives none
     * @param before the money before the cost factor
     * @param amount the money times the cost factor
     */
    @Override
    public void costFactor(
        CostFactor factor, String locality, BigDecimal before, BigDecimal amount) {
      int at = add(Compact.COST_FACTOR);
      refs[at] = factor;
      refs[at + 1] = locality;
      refs[at + 2] = before;
      refs[at + 3] = amount;
    }

    @Override
    public void panelBand(Band band, BigDecimal amount) {
      step(
          StepKind.PANEL_BAND,
          band.label(),
          null,
          band.reference().orElse(null),
          amount,
          "from",
          band.from(),
          "result",
          "PANEL_DECISION_REQUIRED");
    }

    @Override
    public void curveLimits(Curve curve) {
      tableCode(Compact.LIMITS);
      step(
          StepKind.CURVE_LIMITS,
          curve.clientGroup(),
          null,
          curve.reference().orElse(null),
          null,
          "floor",
          curve.floor().orElse(null),
          "ceiling",
          curve.ceiling().orElse(null),
          // the table's limit that each of the curve's own replaces, if the table has one
          "tableFloor",
          curve.floor().isPresent() ? table.allocation().floor().orElse(null) : null,
          "tableCeiling",
          curve.ceiling().isPresent() ? table.allocation().ceiling().orElse(null) : null);
    }

    /**
     * {@link StepKind#LIMITS}: the floor and ceiling in force on {@code curve} turn {@code before}
     * into {@code amount}; {@code applied} names the flag raised, or is null.
     *
     * @param curve the curve chosen, whose limits (else the table's) are in force
     * @param before the money before the floor and ceiling
     * @param amount the money within them
     * @param applied the flag raised when the floor or the ceiling applied, or null
     */
    @Override
    public void limits(Curve curve, BigDecimal before, BigDecimal amount, String applied) {
      int at = add(tableCode(Compact.LIMITS));
      refs[at] = before;
      refs[at + 1] = amount;
      refs[at + 2] = applied;
      refs[at + 3] = curve;
    }

    /**
     * {@link StepKind#ROUNDING}: the table's rounding turns {@code amount} into {@code budget}.
     *
     * @param amount the money before rounding
     * @param budget the budget, rounded as the table says
     */
    @Override
    public void rounding(BigDecimal amount, BigDecimal budget) {
      int at = add(tableCode(Compact.ROUNDING));
      refs[at] = amount;
      refs[at + 1] = budget;
    }

    /**
     * {@link StepKind#OTHER_PERIOD} or, when {@code isFinal}, {@link StepKind#FINAL_OTHER_PERIOD}:
     * the {@code budget} in the table's period is {@code other} in the other period.
     *
     * @param isFinal whether the budget is the final one, after moderation, rather than the
     *     indicative one
     * @param budget the budget in the table's period
     * @param other the same budget in the other period (weekly or annual)
     */
    @Override
    public void otherPeriod(boolean isFinal, BigDecimal budget, BigDecimal other) {
      int at = add(tableCode(isFinal ? Compact.FINAL_OTHER_PERIOD : Compact.OTHER_PERIOD));
      refs[at] = budget;
      refs[at + 1] = other;
    }

    @Override
    public void supplement(
        Supplement s, String chosen, BigDecimal add, BigDecimal before, BigDecimal amount) {
      step(
          StepKind.SUPPLEMENT,
          s.id(),
          s.name().orElse(s.id()),
          s.reference().orElse(null),
          amount,
          "question",
          s.question(),
          "descriptor",
          chosen,
          "amount",
          add,
          "before",
          before);
    }

    @Override
    public void moderation(int number, Moderation m, BigDecimal change, BigDecimal indicative) {
      step(
          StepKind.MODERATION,
          String.valueOf(number),
          null,
          null,
          change,
          "amount",
          m.amount().orElse(null),
          "percent",
          m.percent().orElse(null),
          "indicative",
          m.percent().isPresent() ? indicative : null,
          "reason",
          m.reason(),
          "by",
          m.by(),
          "date",
          m.date().toString());
    }

    @Override
    public void moderationSet(int number, Moderation m, BigDecimal before, BigDecimal change) {
      step(
          StepKind.MODERATION_SET,
          String.valueOf(number),
          null,
          null,
          change,
          "set",
          m.set().orElseThrow(),
          "before",
          before,
          "reason",
          m.reason(),
          "by",
          m.by(),
          "date",
          m.date().toString());
    }

    @Override
    public void unitCost(
        String which,
        Unit unit,
        BigDecimal quantity,
        BigDecimal otherQuantity,
        BigDecimal cost,
        BigDecimal otherCost) {
      step(
          StepKind.UNIT_COST,
          which,
          null,
          null,
          cost,
          "quantity",
          quantity,
          "price",
          unit.price().orElseThrow(),
          "otherQuantity",
          otherQuantity,
          "otherCost",
          otherCost);
    }

    @Override
    public void otherFunding(FundingSource source, BigDecimal amount) {
      step(
          StepKind.OTHER_FUNDING,
          source.id(),
          source.name(),
          source.reference().orElse(null),
          amount,
          "amount",
          amount);
    }

    @Override
    public void councilBudget(
        BigDecimal council,
        BigDecimal budget,
        boolean isFinal,
        BigDecimal other,
        BigDecimal unrounded,
        boolean covers) {
      Rounding r = table().allocation().rounding();
      step(
          StepKind.COUNCIL_BUDGET,
          "",
          null,
          null,
          council,
          "budget",
          budget,
          "of",
          isFinal ? "final" : "indicative",
          "other",
          other,
          "roundedFrom",
          unrounded,
          "increment",
          r.increment(),
          "mode",
          r.mode().name(),
          "result",
          covers ? "OTHER_FUNDING_COVERS_BUDGET" : "COUNCIL_PAYS");
    }

    @Override
    public void councilOtherPeriod(BigDecimal budget, BigDecimal other) {
      Rounding r = table().allocation().rounding();
      step(
          StepKind.COUNCIL_OTHER_PERIOD,
          "",
          null,
          null,
          other,
          "budget",
          budget,
          "period",
          table.period().name(),
          "weeksPerYear",
          table.weeksPerYear(),
          "increment",
          r.increment(),
          "mode",
          r.mode().name());
    }

    /** The table, for a step made with the table's figures: only with a table. */
    private RasTable table() {
      tableCode(Compact.LIMITS);
      return table;
    }

    @Override
    public void finalBudget(
        BigDecimal fin,
        BigDecimal indicative,
        BigDecimal change,
        BigDecimal unrounded,
        Rounding rounding) {
      step(
          StepKind.FINAL,
          "",
          null,
          null,
          fin,
          "indicative",
          indicative,
          "change",
          change,
          "roundedFrom",
          unrounded,
          "increment",
          rounding.increment(),
          "mode",
          rounding.mode().name());
    }

    @Override
    public void panelCheck(
        String reference,
        BigDecimal difference,
        BigDecimal indicative,
        BigDecimal fin,
        BigDecimal tolerance,
        BigDecimal limit,
        boolean panel) {
      step(
          StepKind.PANEL_CHECK,
          "",
          null,
          reference,
          difference,
          "indicative",
          indicative,
          "final",
          fin,
          "difference",
          difference,
          "tolerancePercent",
          tolerance,
          "limit",
          limit,
          "result",
          panel ? "PANEL_APPROVAL_REQUIRED" : "WITHIN_TOLERANCE");
    }

    /** {@code code}, for a step made with the table's figures: only with a table. */
    private byte tableCode(byte code) {
      if (table == null) {
        throw new IllegalStateException("only a recorder made for a table records this step");
      }
      return code;
    }

    /** {@return the number of steps added so far} */
    @Override
    public int size() {
      return size;
    }

    /**
     * The trace of the steps added so far. It shares the recorder's arrays, which later steps only
     * add to, past the trace's end.
     *
     * @return the trace of the steps added so far
     */
    @Override
    public Trace build() {
      return new Trace(size, codes, refs, context, table);
    }
  }
}
