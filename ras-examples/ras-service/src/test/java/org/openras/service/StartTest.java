package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the start spares itself (issue 15: the first answer within a second of launch): Jetty's JMX
 * probe, told its answer by a system property unless the user gave one, and the slow first steps
 * {@link RasService#prepare} begins on another thread.
 */
class StartTest {

  @Test
  void jettyIsToldWhatItWouldAskJmxUnlessTheUserSaidIt() {
    String before = System.getProperty(RasService.REFERENCES_PER_CACHE_LINE);
    String cacheLine = System.getProperty("org.eclipse.jetty.util.cacheLineBytes");
    try {
      System.clearProperty(RasService.REFERENCES_PER_CACHE_LINE);
      System.clearProperty("org.eclipse.jetty.util.cacheLineBytes");
      RasService.withoutJmx();
      // 64-byte cache lines of 4-byte (compressed) references, Jetty's own defaults
      assertThat(System.getProperty(RasService.REFERENCES_PER_CACHE_LINE)).isEqualTo("16");

      System.clearProperty(RasService.REFERENCES_PER_CACHE_LINE);
      System.setProperty("org.eclipse.jetty.util.cacheLineBytes", "128");
      RasService.withoutJmx();
      assertThat(System.getProperty(RasService.REFERENCES_PER_CACHE_LINE)).isEqualTo("32");

      System.setProperty(RasService.REFERENCES_PER_CACHE_LINE, "5");
      RasService.withoutJmx();
      assertThat(System.getProperty(RasService.REFERENCES_PER_CACHE_LINE)).isEqualTo("5");
    } finally {
      restore(RasService.REFERENCES_PER_CACHE_LINE, before);
      restore("org.eclipse.jetty.util.cacheLineBytes", cacheLine);
    }
  }

  @Test
  void theNextStartTakesWhatPrepareBuiltOnce(@TempDir Path dir) throws Exception {
    RasService.prepare();
    RasService.prepare();
    assertThat(RasService.prepared()).isTrue();
    assertThat(threads("openras-prepare"))
        .as("one preparing thread at most")
        .isLessThanOrEqualTo(1);
    try (Served served = Served.workedExample(dir)) {
      assertThat(RasService.prepared()).as("taken by the start").isFalse();
      assertThat(
              served
                  .post("/v1/calculate?trace=false", Served.resource(Served.ASSESSMENT))
                  .statusCode())
          .isEqualTo(200);
      assertThat(served.service.uri().toString()).startsWith("http://127.0.0.1:");
    }
    // a start without prepare builds its own
    try (Served served = Served.workedExample(Files.createDirectories(dir.resolve("again")))) {
      assertThat(served.get("/v1/health").statusCode()).isEqualTo(200);
    }
  }

  private static long threads(String name) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(name))
        .count();
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
