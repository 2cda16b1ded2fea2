package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON Schemas shipped in the jar, and the check of every reply of the tests against them. */
final class Schemas {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private Schemas() {}

  static Schema of(String name) {
    return SCHEMAS.computeIfAbsent(
        name, n -> REGISTRY.getSchema(Served.resource("schemas/" + n), InputFormat.JSON));
  }

  /** {@return the schema's complaints about a JSON document, empty when it is valid} */
  static List<Error> errors(String schema, String json) {
    return of(schema).validate(json, InputFormat.JSON);
  }

  static void assertValid(String schema, String json) {
    assertThat(errors(schema, json)).as("%s against %s", abbreviate(json), schema).isEmpty();
  }

  /** Validates a reply of the service against the schema of what it says it is. */
  static void check(String path, HttpResponse<String> r) {
    String type = r.headers().firstValue("Content-Type").orElse("");
    String p = path.split("\\?", 2)[0];
    if (type.startsWith("application/problem+json")) {
      assertValid("problem.schema.json", r.body());
    } else if (type.equals("application/x-ndjson")) {
      for (String line : r.body().split("\n", -1)) {
        if (!line.isEmpty()) {
          assertValid(
              line.startsWith("{\"format\":\"ras-result/1\"")
                  ? "ras-result-1.schema.json"
                  : "problem.schema.json",
              line);
        }
      }
    } else if (type.equals("application/json") && r.statusCode() == 200) {
      String schema =
          switch (p) {
            case "/v1/calculate" -> "ras-result-1.schema.json";
            case "/v1/explain" -> "ras-statement-1.schema.json";
            case "/v1/whatif" -> "ras-whatif-1.schema.json";
            case "/v1/compare" -> "ras-comparison-1.schema.json";
            case "/v1/verify" -> "ras-verification-1.schema.json";
            case "/v1/check" -> "ras-check-1.schema.json";
            default ->
                p.matches("/v1/tables/[^/]+/[^/]+/check")
                    ? "ras-check-1.schema.json"
                    : p.matches("/v1/tables/[^/]+/[^/]+") ? "ras-table-1.schema.json" : null;
          };
      if (schema != null) {
        assertValid(schema, r.body());
      }
    }
  }

  static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
