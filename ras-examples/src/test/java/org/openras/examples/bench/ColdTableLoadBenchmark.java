package org.openras.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.openras.table.RasTable;
import org.openras.tables.RasJson;

/**
 * The first table load of a fresh JVM: {@code RasJson.standard().readTable} of {@code
 * saq40-table.json} (from memory) once per fork, so that class loading and the first, interpreted
 * run of the reader and validator are counted, as in a command that loads one table and exits.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdTableLoadBenchmark {
  private byte[] tableJson;

  /** Reads the file's bytes (not timed). */
  @Setup(Level.Trial)
  public void setUp() {
    try (InputStream in = ColdTableLoadBenchmark.class.getResourceAsStream(EngineBenchmark.TABLE)) {
      tableJson = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first load of the JVM. */
  @Benchmark
  public RasTable firstTableLoad() {
    return RasJson.standard().readTable(new ByteArrayInputStream(tableJson), "saq40-table.json");
  }
}
