package org.openras.table;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The SHA-256 of a table's fingerprint, made ready ahead of time.
 *
 * <p>The first {@code MessageDigest.getInstance} of a JVM sets up the JDK's security providers, and
 * the first digests run interpreted: together some 20 to 30 ms of a first table load, most of its
 * time after parsing. {@link #prepare} starts that work on a short-lived daemon thread as a table
 * starts to be built, so that it runs beside the reading and checking of the table instead of after
 * them. It is done at most once per JVM, and changes nothing but timing: a table's fingerprint is
 * computed by {@link #digest} on the caller's thread either way, and waits for the set-up only if
 * it is still under way.
 */
final class Sha256 {
  private Sha256() {}

  /** Starts the set-up in the background, the first time only. */
  static void prepare() {
    Background.started();
  }

  /** {@return the SHA-256 of {@code bytes}} */
  static byte[] digest(byte[] bytes) {
    return instance().digest(bytes);
  }

  private static MessageDigest instance() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * Holds the set-up thread; its class initialisation, which the JVM runs once, starts it. A nested
   * class rather than a lambda, which would itself cost a first load a class spun at run time.
   */
  private static final class Background implements Runnable {
    /**
     * Enough input for the JIT to compile the digest's block function: the JDK's default threshold
     * is some hundreds of calls, one per 64 bytes.
     */
    private static final int WARM_UP_BYTES = 32 * 1024;

    static {
      try {
        Thread t = new Thread(new Background(), "openras-sha256-setup");
        t.setDaemon(true);
        t.start();
      } catch (RuntimeException | Error e) {
        // no thread to be had (a restricted environment, no memory for a stack): the first
        // fingerprint sets SHA-256 up itself, as without this class
      }
    }

    private Background() {}

    static void started() {
      // nothing to do: calling this initialised the class
    }

    @Override
    public void run() {
      try {
        instance().digest(new byte[WARM_UP_BYTES]);
      } catch (RuntimeException e) {
        // the caller's own digest meets (and reports) whatever went wrong here
      }
    }
  }
}
