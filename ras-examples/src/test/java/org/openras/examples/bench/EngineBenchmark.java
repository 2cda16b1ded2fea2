package org.openras.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.engine.HeadlineFigures;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.engine.Tracing;
import org.openras.generate.AssessmentGenerator;
import org.openras.table.Descriptor;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.tables.RasJson;

/**
 * The engine on a realistic 40-question table ({@code saq40-table.json}): untraced and traced
 * throughput, table load, and a floor to compare with — a loop that only looks up each chosen
 * descriptor's points in an array and sums them.
 *
 * <p>1024 assessments are generated once from a fixed seed and cycled, one per operation. Run with
 * {@code ./mvnw -B -P bench -pl ras-examples -am verify -DskipTests} (README, "Performance").
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {
  /** The benchmark table, a resource of ras-examples. */
  static final String TABLE = "/org/openras/examples/saq40-table.json";

  private static final int N = 1024;

  private byte[] tableJson;
  private RasEngine engine;

  /** A second engine over the same table, so that kept answer encodings are of no use. */
  private RasEngine other;

  private int round;
  private Assessment[] assessments;

  /** For the baseline: each descriptor's points, scaled by 10, by descriptor index. */
  private long[] points;

  /** For the baseline: each assessment's chosen descriptors as indexes into {@link #points}. */
  private int[][] chosen;

  private int next;

  /** For the lean path: the holder each operation fills again. */
  private final HeadlineFigures figures = new HeadlineFigures();

  /** Reads the table and generates the assessments. */
  @Setup(Level.Trial)
  public void setUp() {
    try (InputStream in = EngineBenchmark.class.getResourceAsStream(TABLE)) {
      tableJson = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RasTable table = load();
    engine = RasEngine.of(table);
    other = RasEngine.of(table);
    assessments = AssessmentGenerator.forTable(table).stream(2026L, N).toArray(Assessment[]::new);

    Map<String, Integer> index = new HashMap<>();
    List<Long> pts = new ArrayList<>();
    for (Question q : table.questions()) {
      for (Descriptor d : q.descriptors()) {
        index.put(d.code(), pts.size());
        pts.add(d.points().movePointRight(1).longValueExact());
      }
    }
    points = pts.stream().mapToLong(Long::longValue).toArray();
    chosen = new int[N][];
    for (int i = 0; i < N; i++) {
      List<Integer> c = new ArrayList<>();
      for (Answer a : assessments[i].answers().values()) {
        for (String code : a.descriptors()) {
          c.add(index.get(code));
        }
      }
      chosen[i] = c.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private RasTable load() {
    return RasJson.standard().readTable(new ByteArrayInputStream(tableJson), "saq40-table.json");
  }

  private int nextIndex() {
    int i = next;
    next = (i + 1) & (N - 1);
    return i;
  }

  /** The exact figures without a trace (the fast path). */
  @Benchmark
  public Result untraced() {
    return engine.calculate(assessments[nextIndex()], Tracing.OFF);
  }

  /**
   * The same figures as {@link #untraced} gives for a caseload run (total points, curve, band,
   * budgets, flags), without the domain figures, into one reused holder: the lean path.
   */
  @Benchmark
  public HeadlineFigures lean() {
    return engine.calculate(assessments[nextIndex()], figures);
  }

  /**
   * As {@link #untraced}, but every computation pays the answer check and the encoding of the
   * answers, as for an assessment computed only once: each round of the 1024 assessments uses the
   * other of two engines over the same table, whose compiled tables differ.
   */
  @Benchmark
  public Result untracedFirstTime() {
    int i = nextIndex();
    if (i == 0) {
      round++;
    }
    return ((round & 1) == 0 ? engine : other).calculate(assessments[i], Tracing.OFF);
  }

  /** The exact figures with the full trace. */
  @Benchmark
  public Result traced() {
    return engine.calculate(assessments[nextIndex()], Tracing.ON);
  }

  /** The floor: look up each chosen descriptor's points in an array and sum them. */
  @Benchmark
  public long baselineArraySum() {
    long sum = 0;
    for (int d : chosen[nextIndex()]) {
      sum += points[d];
    }
    return sum;
  }

  /** Reading, checking and fingerprinting the table from its JSON bytes in memory. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public RasTable tableLoad() {
    return load();
  }
}
