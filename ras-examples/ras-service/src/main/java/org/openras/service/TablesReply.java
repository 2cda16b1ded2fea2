package org.openras.service;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.openras.table.RasTable;

/** The list of the tables served, and one table's versions. */
final class TablesReply {
  private TablesReply() {}

  static Api.Reply list(Tables.Snapshot s) {
    return Api.Reply.json(
        200,
        Json.write(
            g -> {
              g.writeStartObject();
              g.writeStringField("source", s.source());
              g.writeStringField("loadedAt", s.loadedAt().toString());
              g.writeArrayFieldStart("tables");
              for (String id : s.provider().tableIds()) {
                table(g, id, s.provider().versions(id));
              }
              g.writeEndArray();
              g.writeStringField("openrasVersion", Versions.OPENRAS);
              g.writeEndObject();
            }));
  }

  static Api.Reply one(String id, List<RasTable> versions) {
    return Api.Reply.json(
        200,
        Json.write(
            g -> {
              table(g, id, versions);
            }));
  }

  private static void table(JsonGenerator g, String id, List<RasTable> versions)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeArrayFieldStart("versions");
    for (RasTable t : versions) {
      g.writeStartObject();
      g.writeStringField("version", t.version());
      g.writeStringField("name", t.name());
      g.writeStringField("effectiveFrom", t.effectiveFrom().toString());
      if (t.effectiveTo().isPresent()) {
        g.writeStringField("effectiveTo", t.effectiveTo().get().toString());
      }
      g.writeStringField("currency", t.currency());
      g.writeStringField("period", t.period().name());
      g.writeStringField("fingerprint", t.fingerprint().value());
      g.writeStringField("href", "/v1/tables/" + id + "/" + t.version());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
