package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.assessment.Assessment;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.table.RasTable;
import org.openras.tables.RasJson;

/**
 * The OpenAPI document read by a real OpenAPI parser; the JSON Schemas shipped in the jar and in
 * docs/ alike; the schemas accepting what the readers accept on the test corpus and refusing what
 * the readers refuse for its shape.
 */
class SchemasAndOpenApiTest {
  static final Path RESOURCES = Path.of("src", "main", "resources", "org", "openras", "service");
  static final Path DOCS = Path.of("..", "..", "docs");
  static final Path HOSTILE =
      Path.of("..", "..", "ras-tables", "src", "test", "resources", "hostile");
  static final RasJson JSON = RasJson.standard();

  @Test
  void theOpenApiDocumentIsValidOpenApi31WithEveryEndpoint() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed =
        new OpenAPIV3Parser()
            .readLocation(RESOURCES.resolve("v1/openapi.json").toUri().toString(), null, options);
    assertThat(parsed.getMessages()).isEmpty();
    OpenAPI api = parsed.getOpenAPI();
    assertThat(api.getOpenapi()).isEqualTo("3.1.0");
    assertThat(api.getPaths().keySet())
        .contains(
            "/v1/calculate",
            "/v1/explain",
            "/v1/whatif",
            "/v1/compare",
            "/v1/verify",
            "/v1/check",
            "/v1/batch",
            "/v1/tables",
            "/v1/tables/{id}",
            "/v1/tables/{id}/{version}",
            "/v1/tables/{id}/{version}/check",
            "/v1/health",
            "/v1/ready",
            "/metrics",
            "/v1/openapi.json",
            "/schemas/{name}");
    for (String path : api.getPaths().keySet()) {
      String concrete = path.replaceAll("\\{[a-z]+\\}", "x");
      assertThat(Api.route(concrete)).as(path).isNotEqualTo("unknown");
    }
  }

  @Test
  void theDocsHoldTheSameSchemasAndDocumentAsTheJar() throws IOException {
    assertThat(Files.readString(DOCS.resolve("api/openapi.json")))
        .isEqualTo(Files.readString(RESOURCES.resolve("v1/openapi.json")));
    for (String name : Resources.SCHEMAS) {
      assertThat(Files.readString(DOCS.resolve("schemas").resolve(name)))
          .as(name)
          .isEqualTo(Files.readString(RESOURCES.resolve("schemas").resolve(name)));
    }
    try (Stream<Path> files = Files.list(RESOURCES.resolve("schemas"))) {
      assertThat(files.count()).isEqualTo(Resources.SCHEMAS.length);
    }
  }

  @Test
  void theServiceServesTheDocumentAndTheSchemas(@TempDir Path dir) throws IOException {
    try (Served served = Served.workedExample(dir)) {
      assertThat(served.get("/v1/openapi.json").body())
          .isEqualTo(Files.readString(RESOURCES.resolve("v1/openapi.json")));
      for (String name : Resources.SCHEMAS) {
        var r = served.get("/schemas/" + name);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/schema+json");
        assertThat(r.body())
            .isEqualTo(Files.readString(RESOURCES.resolve("schemas").resolve(name)));
      }
      Served.assertProblem(served.get("/schemas/nothing.json"), 404, "RAS-H404");
    }
  }

  @Test
  void theSchemasAcceptWhatTheReadersAccept() {
    List<String> tables = new ArrayList<>();
    List<String> assessments = new ArrayList<>();
    tables.add(Served.resource(Served.TABLE));
    assessments.add(Served.resource(Served.ASSESSMENT));
    for (long seed = 1; seed <= 40; seed++) {
      RasTable t = TableGenerator.defaults().generate(seed);
      tables.add(JSON.writeTable(t));
      AssessmentGenerator.forTable(t)
          .withModerationProbability(0.5)
          .withUnansweredProbability(0.3)
          .stream(seed, 5)
          .map(JSON::writeAssessment)
          .forEach(assessments::add);
    }
    for (String t : tables) {
      JSON.readTable(t, "t");
      Schemas.assertValid("ras-table-1.schema.json", t);
    }
    for (String a : assessments) {
      Assessment read = JSON.readAssessment(a, "a");
      assertThat(read).isNotNull();
      Schemas.assertValid("ras-assessment-1.schema.json", a);
    }
  }

  static final Path V11 =
      Path.of("..", "..", "ras-tables", "src", "test", "resources", "spec", "v1.1");

  /**
   * Spec v1.1: the worked tables (panel band, curve limits, other funding, review, a unit with a
   * price), their assessments (a set moderation, other funding) and the results the engine writes
   * for them (other funding, council budget, budgets in a unit with their cost) are valid; so is a
   * comparison whose only change is the other funding.
   */
  @Test
  void theSchemasAcceptEveryV11Field() throws IOException {
    RasTable table = JSON.readTable(Files.readString(V11.resolve("table.json")), "table.json");
    RasTable hours =
        JSON.readTable(Files.readString(V11.resolve("hours-table.json")), "hours-table.json");
    Schemas.assertValid("ras-table-1.schema.json", Files.readString(V11.resolve("table.json")));
    Schemas.assertValid(
        "ras-table-1.schema.json", Files.readString(V11.resolve("hours-table.json")));
    Schemas.assertValid("ras-table-1.schema.json", JSON.writeTable(table));
    Schemas.assertValid("ras-table-1.schema.json", JSON.writeTable(hours));
    // the check reports: the hours table's names its unit
    for (RasTable t : List.of(table, hours)) {
      Schemas.assertValid(
          "ras-check-1.schema.json",
          org.openras.tables.CheckJson.write(t, org.openras.check.TableChecks.check(t)));
    }
    assertThat(
            org.openras.tables.CheckJson.write(hours, org.openras.check.TableChecks.check(hours)))
        .containsPattern("\"unit\" *: *\"hours\"");
    org.openras.engine.RasEngine engine = org.openras.engine.RasEngine.of(table, hours);
    for (String name :
        List.of(
            "panel-band-set",
            "older-people-ceiling",
            "older-people-floor",
            "other-funding",
            "other-funding-covers",
            "hours")) {
      String text = Files.readString(V11.resolve(name + ".json"));
      Schemas.assertValid("ras-assessment-1.schema.json", text);
      Assessment a = JSON.readAssessment(text, name);
      Schemas.assertValid("ras-assessment-1.schema.json", JSON.writeAssessment(a));
      org.openras.engine.Result result = engine.calculate(a);
      Schemas.assertValid("ras-result-1.schema.json", JSON.writeResult(result));
      // the reports of each worked example too: statement (panel decision, who pays, unit) and
      // what-if
      Schemas.assertValid(
          "ras-statement-1.schema.json",
          org.openras.tables.StatementJson.write(
              org.openras.explain.Statement.of(engine.tableFor(a), result)));
      Schemas.assertValid(
          "ras-whatif-1.schema.json",
          org.openras.tables.WhatIfJson.write(org.openras.explain.WhatIf.of(engine, a)));
    }
    Assessment funded =
        JSON.readAssessment(Files.readString(V11.resolve("other-funding.json")), "f");
    Assessment more =
        funded.toBuilder()
            .clearOtherFunding()
            .otherFunding("nhs", new java.math.BigDecimal("100"))
            .build();
    String comparison =
        org.openras.tables.ComparisonJson.write(
            org.openras.explain.Comparison.of(engine, funded, more));
    assertThat(comparison).contains("\"councilChange\"").contains("\"OTHER_FUNDING\"");
    Schemas.assertValid("ras-comparison-1.schema.json", comparison);
    // a budget in money with a cost, or in a unit with a currency, is refused
    String hoursResult =
        JSON.writeResult(
            engine.calculate(
                JSON.readAssessment(Files.readString(V11.resolve("hours.json")), "h")));
    assertThat(
            Schemas.errors(
                "ras-result-1.schema.json",
                hoursResult.replaceFirst("\"unit\" *: *\"hours\"", "\"currency\": \"GBP\"")))
        .isNotEmpty();
  }

  @Test
  void theSchemasRefuseWhatTheReadersRefuseForItsShape() throws IOException {
    int refused = 0;
    for (String line : Files.readAllLines(HOSTILE.resolve("manifest.tsv"))) {
      String[] f = line.split("\t", -1);
      if (line.startsWith("#") || f.length < 2 || f[0].contains("+")) {
        continue;
      }
      String schema =
          f[0].startsWith("table/")
              ? "ras-table-1.schema.json"
              : f[0].startsWith("assessment/") ? "ras-assessment-1.schema.json" : null;
      if (schema == null) {
        continue;
      }
      String text =
          new String(
              Files.readAllBytes(HOSTILE.resolve(f[0])), java.nio.charset.StandardCharsets.UTF_8);
      boolean shape =
          f[1].equals("RAS-J002")
              || f[1].equals("RAS-J004")
              || f[1].equals("RAS-J005")
              || f[1].equals("RAS-J009")
              || f[1].equals("RAS-T005")
              || f[1].equals("RAS-T006");
      if (f[1].equals("OK")) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Schemas.assertValid(schema, body);
      } else if (shape) {
        assertThat(Schemas.errors(schema, text)).as(f[0] + " " + f[1]).isNotEmpty();
        refused++;
      }
    }
    assertThat(refused).isGreaterThanOrEqualTo(5);
  }

  @Test
  void theSchemasCompileAndDescribeWhatTheyCannotExpress() {
    for (String name : Resources.SCHEMAS) {
      assertThat(Schemas.of(name)).as(name).isNotNull();
    }
    assertThat(Served.resource("schemas/ras-table-1.schema.json"))
        .contains("JSON Schema cannot express");
    assertThat(Served.resource("schemas/ras-assessment-1.schema.json"))
        .contains("JSON Schema cannot express");
  }
}
