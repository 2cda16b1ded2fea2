package org.openras.engine;

import static org.openras.ErrorCode.VERSION_TABLE_NOT_NAMED;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.openras.InvalidAssessmentException;
import org.openras.Problem;
import org.openras.TableSelectionException;
import org.openras.assessment.Assessment;
import org.openras.internal.Recorder;
import org.openras.internal.Recorders;
import org.openras.spi.TableProvider;
import org.openras.spi.TableSet;
import org.openras.table.RasTable;
import org.openras.trace.Trace;

/**
 * Computes indicative budgets: spec §3 exactly, from an assessment to a {@link Result} with its
 * explanation trace.
 *
 * <p>An engine is built once over a {@link TableProvider} and reused: it is immutable and
 * thread-safe, and any number of threads may compute with it at once. For each assessment it picks
 * the table version in force on the assessment's date, checks the answers against it (spec §4), and
 * computes. The same inputs always give the same result.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RasEngine {
  private final TableProvider tables;
  private final Map<RasTable, Plan> plans = new ConcurrentHashMap<>();

  /** Prepares a table for this engine (made once: a look-up of a plan allocates nothing). */
  private final Function<RasTable, Plan> newPlan = table -> new Plan(table, this);

  private RasEngine(TableProvider tables) {
    this.tables = Objects.requireNonNull(tables, "tables");
  }

  /**
   * {@return an engine over these tables (any versions of any ids)}
   *
   * @param tables the tables an assessment may be computed with
   */
  public static RasEngine of(RasTable... tables) {
    return new RasEngine(TableSet.of(tables));
  }

  /**
   * {@return an engine over the tables of {@code provider}}
   *
   * @param provider where the engine finds the versions of each table
   */
  public static RasEngine using(TableProvider provider) {
    return new RasEngine(provider);
  }

  /** {@return the tables this engine computes with} */
  public TableProvider tables() {
    return tables;
  }

  /**
   * Computes the assessment's budget with its full trace.
   *
   * @param assessment one person's answers, date, context and moderations
   * @return the indicative (and, when moderated, final) budget with its figures and trace
   * @throws TableSelectionException when no single table version fits the assessment
   * @throws InvalidAssessmentException when the answers do not fit the table
   */
  public Result calculate(Assessment assessment) {
    return calculate(assessment, Tracing.ON);
  }

  /**
   * Computes the assessment's budget, with or without its trace. The figures are the same either
   * way.
   *
   * @param assessment one person's answers, date, context and moderations
   * @param tracing whether to record the trace
   * @return the indicative (and, when moderated, final) budget with its figures
   * @throws TableSelectionException when no single table version fits the assessment
   * @throws InvalidAssessmentException when the answers do not fit the table
   */
  public Result calculate(Assessment assessment, Tracing tracing) {
    Encoding e = encoding(assessment);
    Plan plan = e.plan;
    if (tracing == Tracing.OFF) {
      return untraced(plan, assessment, e, null);
    }
    @SuppressWarnings("unchecked") // the trace package's recorders make traces
    Recorder<Trace> rec = (Recorder<Trace>) Recorders.of(plan.table, plan.traceSteps);
    Result result = ExactCalculation.compute(plan, assessment, e, rec);
    if (rec.size() > plan.traceSteps) {
      plan.traceSteps = rec.size();
    }
    return result;
  }

  /**
   * The assessment's encoding for this engine's plan of the table in force on its date: the one
   * kept in the assessment when it was made by this engine, else a new one.
   *
   * <p>A kept encoding of a plan of this engine needs no table look-up: the assessment's table id
   * and date cannot change, and a provider returns the same tables for as long as an engine uses
   * them ({@link TableProvider}), so {@link #tableFor} would choose that plan's table again. An
   * encoding is only kept once its table was chosen and its answers checked.
   *
   * @throws TableSelectionException when no single table version fits the assessment
   * @throws InvalidAssessmentException when the answers do not fit the table
   */
  private Encoding encoding(Assessment assessment) {
    Encoding e = Encoding.kept(assessment);
    if (e != null && e.plan.engine == this) {
      return e;
    }
    return AnswerRules.encode(plans.computeIfAbsent(tableFor(assessment), newPlan), assessment);
  }

  /**
   * Spec §3 without a trace, the one place that chooses the calculation: in scaled {@code long}s
   * when the table and the assessment's own figures fit in them, else (and when a figure leaves the
   * {@code long} range on the way) exactly. The figures are the same either way.
   *
   * @param into the holder to write the headline figures into, or null for a whole {@link Result}
   * @return the result; or null when the scaled calculation wrote the figures into {@code into}
   */
  private static Result untraced(
      Plan plan, Assessment assessment, Encoding e, HeadlineFigures into) {
    if (plan.scaled != null && e.fits) {
      try {
        if (into == null) {
          return ScaledCalculation.result(plan.scaled, assessment, e);
        }
        ScaledCalculation.compute(plan.scaled, e, into.scaled, null);
        return null;
      } catch (ArithmeticException tooBig) {
        // a figure outside the long range: computed exactly below
      }
    }
    return ExactCalculation.compute(plan, assessment, e, NoRecording.INSTANCE);
  }

  /**
   * Computes the assessment's headline figures into a reusable holder: the same total points,
   * curve, band, budgets and flags as {@link #calculate(Assessment, Tracing)} gives, without the
   * domain figures and the trace, for caseload runs that need only those. Once the holder has been
   * filled a few times with the same table, this allocates nothing (unless a figure leaves the
   * {@code long} range, when the assessment is computed exactly, as a {@link Result}).
   *
   * <p>The holder is not thread-safe: each thread needs its own (see {@link HeadlineFigures}). The
   * engine stays shared.
   *
   * @param assessment one person's answers, date, context and moderations
   * @param into the holder to fill, overwriting the figures it had
   * @return {@code into}, holding the assessment's figures
   * @throws TableSelectionException when no single table version fits the assessment
   * @throws InvalidAssessmentException when the answers do not fit the table
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public HeadlineFigures calculate(Assessment assessment, HeadlineFigures into) {
    Objects.requireNonNull(into, "into");
    into.filled = false;
    Encoding e = encoding(assessment);
    Result exact = untraced(e.plan, assessment, e, into);
    // a holder filled again mostly holds these already (null, the same plan): a reference is only
    // written when it changes, as writing one costs the garbage collector's write barrier
    if (into.exact != exact) {
      into.exact = exact;
    }
    if (into.plan != e.plan) {
      into.plan = e.plan;
    }
    into.filled = true;
    return into;
  }

  /**
   * {@return the table version the assessment is computed with: the one in force on its date, of
   * the table it names (or of the only table loaded)}
   *
   * @param assessment the assessment, of which only the table id and date are read
   * @throws TableSelectionException when there is no such single version
   */
  public RasTable tableFor(Assessment assessment) {
    String id = assessment.tableId().orElse(null);
    if (id == null) {
      if (tables.tableIds().size() != 1) {
        throw new TableSelectionException(
            assessment.source().orElse(null),
            List.of(
                Problem.at(
                    VERSION_TABLE_NOT_NAMED,
                    "/table",
                    "the assessment names no table and "
                        + tables.tableIds().size()
                        + " are loaded ("
                        + String.join(", ", tables.tableIds())
                        + ")")));
      }
      id = tables.tableIds().iterator().next();
    }
    try {
      return tables.inForce(id, assessment.date());
    } catch (TableSelectionException e) {
      if (assessment.source().isEmpty()) {
        throw e;
      }
      throw new TableSelectionException(assessment.source().get(), e.problems());
    }
  }
}
