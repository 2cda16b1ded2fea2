package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.explain.Comparison;
import org.openras.explain.ComparisonChange;
import org.openras.explain.ComparisonFigure;
import org.openras.explain.Statement;
import org.openras.explain.Verification;
import org.openras.explain.WhatIf;
import org.openras.explain.WhatIfRow;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.table.RasTable;
import org.openras.tables.ComparisonJson;
import org.openras.tables.RasJson;
import org.openras.tables.StatementJson;
import org.openras.tables.VerificationJson;
import org.openras.tables.WhatIfJson;

/**
 * The report schemas are closed and say what the writers write: the statement schema has, for the
 * statement and each record in it, exactly the record's components as members (required unless
 * optional), and no others; the kinds listed by the what-if and comparison schemas are the
 * library's.
 */
class ReportSchemasTest {
  private static JsonNode schema(String name) throws IOException {
    return Served.MAPPER.readTree(Served.resource("schemas/" + name));
  }

  @Test
  void theStatementSchemaIsTheStatementRecord() throws IOException {
    JsonNode s = schema("ras-statement-1.schema.json");
    Set<Class<?>> seen = new HashSet<>();
    assertRecord(s, s, Statement.class, seen, true);
    assertThat(seen).hasSizeGreaterThan(5);
    // and the engine's Budget (currency, weekly, annual)
    assertThat(s.get("$defs").size()).as("no definition left unused").isEqualTo(seen.size() + 1);
  }

  private static void assertRecord(
      JsonNode root, JsonNode node, Class<?> type, Set<Class<?>> seen, boolean top) {
    List<String> names = new ArrayList<>();
    List<String> required = new ArrayList<>();
    if (top) {
      names.add("format");
      required.add("format");
    }
    for (RecordComponent c : type.getRecordComponents()) {
      names.add(c.getName());
      Type t = c.getGenericType();
      if (t instanceof ParameterizedType p && p.getRawType() == Optional.class) {
        t = p.getActualTypeArguments()[0];
      } else {
        required.add(c.getName());
      }
      Class<?> inner = element(t);
      // the writer gives a fingerprint as its text, and a budget its own way ($defs/Budget)
      boolean special = Set.of("Budget", "Fingerprint").contains(inner.getSimpleName());
      if (inner.isRecord() && !special && seen.add(inner)) {
        JsonNode def = root.get("$defs").get(inner.getSimpleName());
        assertThat(def).as("definition of %s", inner.getSimpleName()).isNotNull();
        assertRecord(root, def, inner, seen, false);
      }
    }
    List<String> members = new ArrayList<>();
    node.get("properties").fieldNames().forEachRemaining(members::add);
    List<String> req = new ArrayList<>();
    node.get("required").forEach(n -> req.add(n.asText()));
    assertThat(members).as("members of %s", type.getSimpleName()).isEqualTo(names);
    assertThat(req).as("required members of %s", type.getSimpleName()).isEqualTo(required);
    assertThat(node.get("additionalProperties").asBoolean(true))
        .as("%s closed", type.getSimpleName())
        .isFalse();
  }

  private static Class<?> element(Type t) {
    if (t instanceof ParameterizedType p) {
      if (Collection.class.isAssignableFrom((Class<?>) p.getRawType())) {
        return element(p.getActualTypeArguments()[0]);
      }
      return (Class<?>) p.getRawType();
    }
    return (Class<?>) t;
  }

  @Test
  void theKindsAreTheLibrarys() throws IOException {
    assertThat(kinds(schema("ras-whatif-1.schema.json").at("/properties/rows/items")))
        .isEqualTo(names(WhatIfRow.Kind.values()));
    JsonNode c = schema("ras-comparison-1.schema.json");
    assertThat(kinds(c.at("/properties/changes/items")))
        .isEqualTo(names(ComparisonChange.Kind.values()));
    assertThat(kinds(c.at("/properties/figures/items")))
        .isEqualTo(names(ComparisonFigure.Kind.values()));
  }

  @Test
  void everyObjectOfTheReportSchemasIsClosed() throws IOException {
    for (String name :
        List.of(
            "ras-statement-1.schema.json",
            "ras-whatif-1.schema.json",
            "ras-comparison-1.schema.json",
            "ras-verification-1.schema.json")) {
      List<String> open = new ArrayList<>();
      openObjects(schema(name), "", open);
      assertThat(open).as("objects of %s without additionalProperties false", name).isEmpty();
    }
  }

  private static void openObjects(JsonNode n, String at, List<String> open) {
    if (n.isObject()) {
      if ("object".equals(n.path("type").asText())
          && n.path("additionalProperties").asBoolean(true)) {
        open.add(at.isEmpty() ? "/" : at);
      }
      n.fields().forEachRemaining(e -> openObjects(e.getValue(), at + "/" + e.getKey(), open));
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        openObjects(n.get(i), at + "/" + i, open);
      }
    }
  }

  /**
   * The closed schemas accept every report the writers write for generated tables and assessments
   * (moderations, unanswered questions, several curves and localities), and a failed verification.
   */
  @Test
  void theClosedSchemasAcceptWhatTheWritersWrite() {
    RasJson json = RasJson.standard();
    for (long seed = 1; seed <= 25; seed++) {
      RasTable t = TableGenerator.defaults().generate(seed);
      RasEngine engine = RasEngine.of(t);
      List<Assessment> as =
          AssessmentGenerator.forTable(t)
              .withModerationProbability(0.5)
              .withUnansweredProbability(0.3)
              .stream(seed, 4)
              .toList();
      for (Assessment a : as) {
        Result r = engine.calculate(a);
        Schemas.assertValid("ras-statement-1.schema.json", StatementJson.write(Statement.of(t, r)));
        Schemas.assertValid("ras-whatif-1.schema.json", WhatIfJson.write(WhatIf.of(engine, a)));
        Schemas.assertValid(
            "ras-verification-1.schema.json",
            VerificationJson.write(
                Verification.of(engine, a, json.readResult(json.writeResult(r), "r"))));
      }
      Schemas.assertValid(
          "ras-comparison-1.schema.json",
          ComparisonJson.write(Comparison.of(engine, as.get(0), as.get(1))));
    }
    // a result that does not hold: the difference, located
    Assessment a = AssessmentGenerator.forTable(TableGenerator.defaults().generate(3)).generate(3);
    RasTable t = TableGenerator.defaults().generate(3);
    RasEngine engine = RasEngine.of(t);
    String claimed =
        json.writeResult(engine.calculate(a)).replaceFirst("\"totalPoints\" *: *", "$09");
    Verification v = Verification.of(engine, a, json.readResult(claimed, "r"));
    assertThat(v.verified()).isFalse();
    Schemas.assertValid("ras-verification-1.schema.json", VerificationJson.write(v));
  }

  private static List<String> kinds(JsonNode item) {
    List<String> k = new ArrayList<>();
    item.at("/properties/kind/enum").forEach(n -> k.add(n.asText()));
    return k;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
