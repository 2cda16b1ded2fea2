package org.openras.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openras.RasException;
import org.openras.assessment.Assessment;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.table.RasTable;

/**
 * One engine shared by 8 threads computing 100,000 assessments gives exactly the results of one
 * thread: every figure, flag, trace step and sentence, and the same errors for the assessments that
 * have them. The engine is fresh when the threads start together, so that its lazily filled parts
 * are filled under contention.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ASSESSMENTS = 100_000;

  @Test
  void eightThreadsGiveExactlyTheSingleThreadResults() throws Exception {
    List<RasTable> tables = new ArrayList<>();
    for (long seed = 1; seed <= 4; seed++) {
      tables.add(TableGenerator.defaults().generate(seed));
    }
    Assessment[] assessments = new Assessment[ASSESSMENTS];
    for (int i = 0; i < ASSESSMENTS; i++) {
      RasTable t = tables.get(i % tables.size());
      Assessment a = AssessmentGenerator.forTable(t).generate(i);
      // some fail: a date no version covers, or a question the table does not have
      if (i % 97 == 0) {
        a = a.toBuilder().date(LocalDate.of(1900, 1, 1)).build();
      } else if (i % 89 == 0) {
        a = a.toBuilder().answer("NO-SUCH-QUESTION", "X").build();
      }
      assessments[i] = a;
    }
    RasTable[] all = tables.toArray(RasTable[]::new);

    // one thread, its own engine
    RasEngine single = RasEngine.of(all);
    byte[][] expected = new byte[ASSESSMENTS][];
    Set<String> kinds = new HashSet<>();
    for (int i = 0; i < ASSESSMENTS; i++) {
      String outcome = outcome(single, assessments[i], i);
      kinds.add(outcome.substring(0, outcome.indexOf(' ')));
      expected[i] = digest(outcome);
    }
    // the comparison is over real variety: results traced and not, and errors
    assertThat(kinds).containsExactlyInAnyOrder("TRACED", "UNTRACED", "ERROR");

    // eight threads, one fresh engine, released together
    RasEngine shared = RasEngine.of(all);
    byte[][] actual = new byte[ASSESSMENTS][];
    AtomicInteger next = new AtomicInteger();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    Set<String> threadNames = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  threadNames.add(Thread.currentThread().getName());
                  // interleaved: neighbouring assessments run on different threads at once
                  for (int i = next.getAndIncrement();
                      i < ASSESSMENTS;
                      i = next.getAndIncrement()) {
                    actual[i] = digest(outcome(shared, assessments[i], i));
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(threadNames).hasSize(THREADS);
    List<Integer> different = new ArrayList<>();
    for (int i = 0; i < ASSESSMENTS; i++) {
      if (!Arrays.equals(expected[i], actual[i])) {
        different.add(i);
      }
    }
    assertThat(different).as("assessments whose results differ between 1 and 8 threads").isEmpty();
  }

  /**
   * Everything about one calculation, as text: every component of the result, every trace step
   * (kind, subject, inputs, value) and every sentence; or the error's codes, pointers and messages.
   * Even assessments are traced (every fourth with its sentences), odd ones not.
   */
  private static String outcome(RasEngine engine, Assessment a, int i) {
    try {
      Result r = engine.calculate(a, i % 2 == 0 ? Tracing.ON : Tracing.OFF);
      StringBuilder s = new StringBuilder(i % 2 == 0 ? "TRACED " : "UNTRACED ");
      s.append(r.assessmentId()).append('|').append(r.table()).append('|').append(r.period());
      s.append('|').append(r.domains()).append('|').append(r.totalPoints().toPlainString());
      s.append('|').append(r.curve()).append('|').append(r.band());
      s.append('|').append(r.indicativeBudget()).append('|').append(r.finalBudget());
      s.append('|').append(r.flags());
      r.trace().steps().forEach(step -> s.append('\n').append(step));
      if (i % 4 == 0) {
        r.trace().lines().forEach(line -> s.append('\n').append(line));
      }
      return s.toString();
    } catch (RasException e) {
      return "ERROR " + e.getClass().getSimpleName() + " " + e.problems();
    }
  }

  private static byte[] digest(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
