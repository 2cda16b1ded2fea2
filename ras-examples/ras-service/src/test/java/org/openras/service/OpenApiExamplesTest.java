package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every example of the OpenAPI document is valid against the schema it illustrates. */
class OpenApiExamplesTest {

  @Test
  void everyExampleIsValidAgainstItsSchema() throws Exception {
    JsonNode doc =
        Served.MAPPER.readTree(
            Files.readString(SchemasAndOpenApiTest.RESOURCES.resolve("v1/openapi.json")));
    List<String> checked = new ArrayList<>();
    walk(doc, "", checked);
    assertThat(checked)
        .contains(
            "/paths/~1v1~1calculate/post/requestBody/content/application~1json",
            "/paths/~1v1~1calculate/post/responses/200/content/application~1json",
            "/components/responses/BrokenRule/content/application~1problem+json");
  }

  private static void walk(JsonNode n, String at, List<String> checked) {
    if (n.isObject()) {
      if (n.has("example") && n.has("schema") && n.get("schema").has("$ref")) {
        String ref = n.get("schema").get("$ref").asText();
        assertThat(ref).startsWith("../schemas/");
        Schemas.assertValid(ref.substring("../schemas/".length()), n.get("example").toString());
        checked.add(at);
      }
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        walk(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), checked);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        walk(n.get(i), at + "/" + i, checked);
      }
    }
  }
}
