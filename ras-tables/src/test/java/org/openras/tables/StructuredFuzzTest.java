package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.openras.InvalidAssessmentException;
import org.openras.InvalidTableException;
import org.openras.RasException;
import org.openras.TableSelectionException;
import org.openras.assessment.Assessment;
import org.openras.check.Check;
import org.openras.check.CheckConfig;
import org.openras.check.CheckReport;
import org.openras.check.TableChecks;
import org.openras.engine.RasEngine;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.table.RasTable;

/**
 * Structure-aware fuzzing of the readers: valid tables and assessments (the spec's and generated
 * ones) are mutated as JSON trees, not as text: a field removed, renamed, nulled or given a value
 * of another type; an array element duplicated, removed or moved; a subtree copied from elsewhere
 * (a descriptor of another question); a number negated, made huge, tiny or long. Thousands per run,
 * seeded, so every run tries the same documents. Each either reads to a valid table (which then
 * writes and reads back equal) or fails with our exception, every problem located; for assessments,
 * computing then gives a result or our exception. Nothing else, and fast.
 */
class StructuredFuzzTest {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final RasJson JSON = RasJson.standard();
  private static final int TABLE_RUNS = 5000;
  private static final int ASSESSMENT_RUNS = 3000;

  @Test
  void mutatedTablesReadToValidTablesOrOurLocatedErrors() {
    List<String> bases = new ArrayList<>();
    bases.add(Docs.resource("/spec/worked-table.json"));
    for (long seed = 1; seed <= 20; seed++) {
      bases.add(JSON.writeTable(TableGenerator.defaults().generate(seed)));
    }
    int[] outcomes = new int[2];
    long[] slowest = new long[1];
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (int i = 0; i < TABLE_RUNS; i++) {
            SplittableRandom r = new SplittableRandom(1000 + i);
            String doc = mutated(bases.get(r.nextInt(bases.size())), r);
            long start = System.nanoTime();
            try {
              RasTable t = JSON.readTable(doc, "fuzz.json");
              // a table that reads is whole: written and read back, it is the same table
              assertThat(JSON.readTable(JSON.writeTable(t), "again.json")).isEqualTo(t);
              outcomes[0]++;
            } catch (InvalidTableException e) {
              assertLocated(e, doc);
              outcomes[1]++;
            } catch (RuntimeException | Error e) {
              throw new AssertionError("seed " + (1000 + i) + ": " + e + " for:\n" + doc, e);
            }
            slowest[0] = Math.max(slowest[0], System.nanoTime() - start);
          }
        });
    // real variety: many mutations break a rule, some leave a valid table
    assertThat(outcomes[1]).isGreaterThan(TABLE_RUNS / 2);
    assertThat(outcomes[0]).isGreaterThan(TABLE_RUNS / 50);
    assertThat(Duration.ofNanos(slowest[0])).isLessThan(Duration.ofSeconds(1));
  }

  /**
   * The tables that mutation leaves valid (large figures, many decimals, odd caps) are checked
   * within bounded memory and time: exact, or not exact saying why, never an exception (issue 14).
   */
  @Test
  void mutatedValidTablesAreCheckedWithinTheirBounds() {
    List<String> bases = new ArrayList<>();
    bases.add(Docs.resource("/spec/worked-table.json"));
    for (long seed = 1; seed <= 20; seed++) {
      bases.add(JSON.writeTable(TableGenerator.defaults().generate(seed)));
    }
    CheckConfig small = CheckConfig.defaults().withMaxMemory(8L << 20);
    int[] outcomes = new int[2];
    assertTimeoutPreemptively(
        Duration.ofMinutes(2),
        () -> {
          for (int i = 0; i < 5000 && outcomes[0] + outcomes[1] < 50; i++) {
            SplittableRandom r = new SplittableRandom(7000 + i);
            String doc = mutated(bases.get(r.nextInt(bases.size())), r);
            RasTable t;
            try {
              t = JSON.readTable(doc, "fuzz.json");
            } catch (InvalidTableException e) {
              continue;
            }
            try {
              CheckReport report = TableChecks.check(t, small);
              if (report.exact()) {
                assertThat(report.extremes()).isNotEmpty();
                outcomes[0]++;
              } else {
                assertThat(report.findings(Check.NOT_EXACT))
                    .singleElement()
                    .satisfies(f -> assertThat(f.figures().get("reason")).isNotBlank());
                outcomes[1]++;
              }
            } catch (RuntimeException | Error e) {
              throw new AssertionError("seed " + (7000 + i) + ": " + e + " for:\n" + doc, e);
            }
          }
        });
    assertThat(outcomes[0] + outcomes[1]).isEqualTo(50);
    assertThat(outcomes[0]).as("checked exactly").isGreaterThan(25);
  }

  @Test
  void mutatedAssessmentsReadAndComputeToResultsOrOurLocatedErrors() {
    RasTable worked = JSON.readTable(Docs.resource("/spec/worked-table.json"), "worked.json");
    List<RasTable> tables = new ArrayList<>(List.of(worked));
    List<String> bases = new ArrayList<>();
    bases.add(Docs.resource("/spec/worked-assessment.json"));
    for (long seed = 1; seed <= 10; seed++) {
      RasTable t = TableGenerator.defaults().generate(seed);
      tables.add(t);
      bases.add(JSON.writeAssessment(AssessmentGenerator.forTable(t).generate(seed)));
    }
    RasEngine engine = RasEngine.of(tables.toArray(RasTable[]::new));
    int[] outcomes = new int[3];
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (int i = 0; i < ASSESSMENT_RUNS; i++) {
            SplittableRandom r = new SplittableRandom(5000 + i);
            String doc = mutated(bases.get(r.nextInt(bases.size())), r);
            try {
              Assessment a = JSON.readAssessment(doc, "fuzz.json");
              try {
                engine.calculate(a);
                outcomes[0]++;
              } catch (InvalidAssessmentException | TableSelectionException e) {
                assertThat(e.problems()).as(doc).isNotEmpty();
                outcomes[1]++;
              }
            } catch (InvalidAssessmentException e) {
              assertLocated(e, doc);
              outcomes[2]++;
            } catch (RuntimeException | Error e) {
              throw new AssertionError("seed " + (5000 + i) + ": " + e + " for:\n" + doc, e);
            }
          }
        });
    assertThat(outcomes[0]).as("computed").isGreaterThan(ASSESSMENT_RUNS / 50);
    assertThat(outcomes[1]).as("refused by the engine").isGreaterThan(ASSESSMENT_RUNS / 50);
    assertThat(outcomes[2]).as("refused by the reader").isGreaterThan(ASSESSMENT_RUNS / 5);
  }

  private static void assertLocated(RasException e, String doc) {
    assertThat(e.getMessage()).as(doc).startsWith("fuzz.json: ");
    assertThat(e.problems()).as(doc).isNotEmpty();
    assertThat(e.problems()).as(doc).allSatisfy(p -> assertThat(p.location()).isPresent());
  }

  // ---- mutations of the JSON tree

  /** {@code doc} with 1 to 3 structural mutations. */
  static String mutated(String doc, SplittableRandom r) {
    try {
      JsonNode root = MAPPER.readTree(doc);
      int n = 1 + r.nextInt(3);
      for (int k = 0; k < n; k++) {
        mutate(root, r);
      }
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** A place in the tree: a container and the field name or index of one of its values. */
  record Place(JsonNode container, String field, int index) {
    JsonNode value() {
      return field != null ? container.get(field) : container.get(index);
    }

    void set(JsonNode v) {
      if (field != null) {
        ((ObjectNode) container).set(field, v);
      } else {
        ((ArrayNode) container).set(index, v);
      }
    }
  }

  private static void mutate(JsonNode root, SplittableRandom r) {
    List<Place> places = new ArrayList<>();
    collect(root, places);
    if (places.isEmpty()) {
      return;
    }
    Place p = places.get(r.nextInt(places.size()));
    JsonNode v = p.value();
    switch (r.nextInt(12)) {
      case 0 -> remove(p);
      case 1 -> p.set(NODES.nullNode());
      case 2 -> p.set(NODES.textNode(r.nextBoolean() ? "" : "  "));
      case 3 -> p.set(otherType(v, r));
      case 4 -> {
        // rename a field: unknown, or a misspelling
        if (p.field() != null) {
          ObjectNode o = (ObjectNode) p.container();
          o.remove(p.field());
          o.set(p.field() + (r.nextBoolean() ? "s" : "_"), v);
        } else {
          p.set(otherType(v, r));
        }
      }
      case 5 -> {
        // duplicate an array element (duplicate codes, ids, labels)
        if (p.field() == null) {
          ((ArrayNode) p.container()).insert(p.index(), v.deepCopy());
        } else {
          p.set(NODES.arrayNode().add(v.deepCopy()).add(v.deepCopy()));
        }
      }
      case 6 -> {
        // move an array element (band and list order)
        if (p.field() == null && p.container().size() > 1) {
          ArrayNode a = (ArrayNode) p.container();
          JsonNode moved = a.remove(p.index());
          a.insert(r.nextInt(a.size() + 1), moved);
        } else {
          remove(p);
        }
      }
      case 7 -> {
        // a subtree of the same kind from elsewhere: a descriptor of another question,
        // another domain's question, another curve's band
        Place other = places.get(r.nextInt(places.size()));
        p.set(other.value().deepCopy());
      }
      case 8 -> p.set(number(r));
      case 9 ->
          p.set(NODES.numberNode((v.isNumber() ? v.decimalValue() : BigDecimal.ONE).negate()));
      case 10 -> {
        // nest deeper
        p.set(r.nextBoolean() ? NODES.arrayNode().add(v) : NODES.objectNode().set("x", v));
      }
      default -> {
        // an extra field in an object
        JsonNode c = p.container().isObject() ? p.container() : v;
        if (c.isObject()) {
          ((ObjectNode) c).put("extra" + r.nextInt(3), "x");
        } else {
          remove(p);
        }
      }
    }
  }

  private static void remove(Place p) {
    if (p.field() != null) {
      ((ObjectNode) p.container()).remove(p.field());
    } else {
      ((ArrayNode) p.container()).remove(p.index());
    }
  }

  private static JsonNode otherType(JsonNode v, SplittableRandom r) {
    return switch (r.nextInt(5)) {
      case 0 -> v.isTextual() ? NODES.numberNode(7) : NODES.textNode(v.toString());
      case 1 -> NODES.booleanNode(r.nextBoolean());
      case 2 -> NODES.arrayNode();
      case 3 -> NODES.objectNode();
      default -> v.isArray() && v.size() > 0 ? v.get(0) : NODES.arrayNode().add(v);
    };
  }

  private static JsonNode number(SplittableRandom r) {
    BigDecimal[] choices = {
      BigDecimal.ZERO,
      new BigDecimal("-1"),
      new BigDecimal("-100.000001"),
      new BigDecimal("1E+400"),
      new BigDecimal("1E-400"),
      new BigDecimal("1" + "0".repeat(150)),
      new BigDecimal("0.5"),
      new BigDecimal("99999999999999999999.99"),
      new BigDecimal("-0.0")
    };
    BigDecimal d = choices[r.nextInt(choices.length)];
    return NODES.numberNode(d);
  }

  private static void collect(JsonNode n, List<Place> out) {
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.add(new Place(n, e.getKey(), -1));
        collect(e.getValue(), out);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        out.add(new Place(n, null, i));
        collect(n.get(i), out);
      }
    }
  }
}
