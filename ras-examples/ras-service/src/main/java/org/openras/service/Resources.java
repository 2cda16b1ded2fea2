package org.openras.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OpenAPI document and the JSON Schemas, shipped in the jar. */
final class Resources {
  static final String[] SCHEMAS = {
    "ras-table-1.schema.json",
    "ras-assessment-1.schema.json",
    "ras-result-1.schema.json",
    "ras-statement-1.schema.json",
    "ras-whatif-1.schema.json",
    "ras-comparison-1.schema.json",
    "ras-verification-1.schema.json",
    "ras-check-1.schema.json",
    "problem.schema.json"
  };

  private Resources() {}

  static Api.Reply openApi() {
    return new Api.Reply(200, "application/json", read("v1/openapi.json"), null);
  }

  static Api.Reply schema(String name) {
    for (String s : SCHEMAS) {
      if (s.equals(name)) {
        return new Api.Reply(200, "application/schema+json", read("schemas/" + s), null);
      }
    }
    throw new HttpProblem(
        ServiceError.NOT_FOUND,
        "no schema '"
            + Versions.printable(name)
            + "'; the schemas are "
            + String.join(", ", SCHEMAS));
  }

  private static String read(String name) {
    try (InputStream in = Resources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new HttpProblem(ServiceError.NOT_FOUND, "this build has no " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
