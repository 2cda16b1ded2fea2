package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openras.InvalidTableException;
import org.openras.table.RasTable;
import org.openras.testing.WorkedExample;

/** One RasJson shared by many threads reads and writes as one used alone. */
class SharedReaderTest {
  @Test
  void oneReaderServesManyThreads() throws Exception {
    RasJson json = RasJson.standard();
    String good = Docs.resource("/spec/worked-table.json");
    String bad = Docs.replace(good, "\"maxPoints\": 40,", "\"maxpoints\": 40,");
    RasTable expected = WorkedExample.table();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        boolean readGood = i % 2 == 0;
        results.add(
            pool.submit(
                () -> {
                  if (readGood) {
                    RasTable t = json.readTable(good, "t.json");
                    return t.equals(expected) ? json.writeTable(t) : "different table";
                  }
                  try {
                    json.readTable(bad, "t.json");
                    return "no failure";
                  } catch (InvalidTableException e) {
                    return e.problems().get(0).pointer()
                        + " "
                        + e.problems().get(0).location().orElseThrow();
                  }
                }));
      }
      String written = json.writeTable(expected);
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get(10, TimeUnit.SECONDS))
            .isEqualTo(i % 2 == 0 ? written : "/domains/0/maxpoints line 15, column 20");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
