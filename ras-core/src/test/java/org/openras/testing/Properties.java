package org.openras.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.assessment.Moderation;
import org.openras.table.RasTable;

/**
 * A tiny property runner: checks a body for many seeds and, when it fails, says which seed, the
 * table (its canonical form) and the assessment it failed on, so the failure can be replayed.
 *
 * <p>Replay: run the failing test with {@code -Dopenras.seed=<seed>}; {@link #seeds} then gives
 * only that seed. The body records what it generated with {@link Case#table} and {@link
 * Case#assessment} (the last of each is reported), and may add {@link Case#note notes}.
 *
 * <pre>{@code
 * Properties.forAll("budget is never negative", Properties.seeds(1, 500), c -> {
 *   RasTable t = c.table(TableGenerator.defaults().generate(c.seed()));
 *   ...
 * });
 * }</pre>
 */
public final class Properties {
  /** The system property that replays one seed. */
  public static final String SEED_PROPERTY = "openras.seed";

  private Properties() {}

  /** The checked body of a property, for one seed. */
  @FunctionalInterface
  public interface Body {
    void check(Case c) throws Exception;
  }

  /** What one run of a property generated, for the failure report. */
  public static final class Case {
    private final long seed;
    private RasTable table;
    private Assessment assessment;
    private final List<String> notes = new ArrayList<>();

    Case(long seed) {
      this.seed = seed;
    }

    /** The seed of this run. */
    public long seed() {
      return seed;
    }

    /** Records the table being checked, and returns it. */
    public RasTable table(RasTable t) {
      this.table = t;
      this.assessment = null;
      return t;
    }

    /** Records the assessment being checked, and returns it. */
    public Assessment assessment(Assessment a) {
      this.assessment = a;
      return a;
    }

    /** Adds a line to the failure report. */
    public void note(String note) {
      notes.add(note);
    }
  }

  /**
   * Seeds {@code first, first + 1, …} ({@code count} of them), or only the seed given in the system
   * property {@value #SEED_PROPERTY} when it is set.
   */
  public static LongStream seeds(long first, int count) {
    String replay = System.getProperty(SEED_PROPERTY);
    if (replay != null && !replay.isBlank()) {
      return LongStream.of(Long.parseLong(replay.trim()));
    }
    return LongStream.range(first, first + count);
  }

  /** Checks {@code body} for every seed; on the first failure, throws a replayable report. */
  public static void forAll(String property, LongStream seeds, Body body) {
    for (long seed : seeds.toArray()) {
      Case c = new Case(seed);
      try {
        body.check(c);
      } catch (Throwable e) {
        throw new AssertionError(report(property, c, e), e);
      }
    }
  }

  static String report(String property, Case c, Throwable e) {
    StringBuilder b = new StringBuilder();
    b.append("Property '")
        .append(property)
        .append("' failed for seed ")
        .append(c.seed)
        .append(" (replay with -D")
        .append(SEED_PROPERTY)
        .append('=')
        .append(c.seed)
        .append(")\n  failure: ")
        .append(e);
    if (c.table != null) {
      b.append("\n  table: ").append(c.table.canonicalForm());
    }
    if (c.assessment != null) {
      b.append("\n  assessment: ").append(describe(c.assessment));
    }
    for (String n : c.notes) {
      b.append("\n  note: ").append(n);
    }
    return b.toString();
  }

  /** An assessment in full, as one line in the shape of its JSON form. */
  public static String describe(Assessment a) {
    StringBuilder b = new StringBuilder("{id=").append(a.id()).append(", date=").append(a.date());
    a.tableId().ifPresent(t -> b.append(", table=").append(t));
    a.clientGroup().ifPresent(g -> b.append(", clientGroup=").append(g));
    a.locality().ifPresent(l -> b.append(", locality=").append(l));
    b.append(", answers={");
    boolean first = true;
    for (Map.Entry<String, Answer> e : a.answers().entrySet()) {
      b.append(first ? "" : ", ")
          .append(e.getKey())
          .append('=')
          .append(
              e.getValue().multiple()
                  ? e.getValue().descriptors()
                  : e.getValue().descriptors().get(0));
      first = false;
    }
    b.append('}');
    if (!a.moderations().isEmpty()) {
      b.append(", moderations=[");
      for (int i = 0; i < a.moderations().size(); i++) {
        Moderation m = a.moderations().get(i);
        b.append(i == 0 ? "" : ", ")
            .append(
                m.amount()
                    .map(x -> "amount " + x.toPlainString())
                    .orElseGet(() -> "percent " + m.percent().orElseThrow().toPlainString()))
            .append(" by ")
            .append(m.by())
            .append(" on ")
            .append(m.date())
            .append(" (")
            .append(m.reason())
            .append(')');
      }
      b.append(']');
    }
    return b.append('}').toString();
  }
}
