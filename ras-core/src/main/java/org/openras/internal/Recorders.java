package org.openras.internal;

import java.util.Objects;
import org.apiguardian.api.API;
import org.openras.table.Period;
import org.openras.table.RasTable;

/**
 * Makes recording {@link Recorder}s. The recording implementation lives with {@code
 * org.openras.trace.Trace} (it builds traces from their compact form, which is private to that
 * package), and registers itself here when {@code Trace} is initialised (the first call here
 * initialises it) — the way the JDK's own packages share internals without making them API ({@code
 * jdk.internal.access.SharedSecrets}).
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class Recorders {
  /** How the trace package makes its recorders. */
  public interface Factory {
    /**
     * {@return a recorder for a calculation with {@code table}}
     *
     * @param table the table calculated with: its currency, period and figures
     * @param expectedSteps about how many steps the calculation records, to size it once
     */
    Recorder<?> forTable(RasTable table, int expectedSteps);

    /**
     * {@return a recorder of steps given generically (no table: it refuses the steps whose inputs
     * are the table's own figures)}
     *
     * @param currency the ISO 4217 code of the money, for the sentences
     * @param period whether the money is weekly or annual, for the sentences
     */
    Recorder<?> generic(String currency, Period period);
  }

  private static volatile Factory factory; // set by Trace's initialisation (see factory())

  private static final String TRACE = "org.openras.trace.Trace";

  private Recorders() {}

  /**
   * Registers the trace package's factory; called once, by {@code Trace}'s initialisation.
   *
   * @param f the factory
   */
  public static synchronized void register(Factory f) {
    if (factory != null) {
      throw new IllegalStateException("recorders are already registered");
    }
    factory = Objects.requireNonNull(f, "f");
  }

  private static Factory factory() {
    Factory f = factory;
    if (f == null) {
      try {
        // initialises Trace, which registers its factory (named, not referred to: this package
        // must not depend on the trace package, which depends on it)
        Class.forName(TRACE, true, Recorders.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(TRACE + " is missing", e);
      }
      f = factory;
    }
    return f;
  }

  /**
   * {@return a recorder for a traced calculation with {@code table}}
   *
   * @param table the table calculated with
   * @param expectedSteps about how many steps the calculation records (more are made room for)
   */
  public static Recorder<?> of(RasTable table, int expectedSteps) {
    return factory().forTable(table, expectedSteps);
  }

  /**
   * {@return a recorder of steps given generically, in {@code currency} per {@code period}}
   *
   * @param currency the ISO 4217 code of the money, for the sentences
   * @param period whether the money is weekly or annual, for the sentences
   */
  public static Recorder<?> of(String currency, Period period) {
    return factory().generic(currency, period);
  }
}
