package org.openras.tables;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.openras.engine.Budget;
import org.openras.engine.TableRef;

/**
 * The JSON writing shared by {@link WhatIfJson}, {@link ComparisonJson} and {@link
 * VerificationJson}: the same layout as the spec formats (two-space indent, {@code \n}, a final
 * newline), numbers plain, money as computed.
 */
final class ReportJsonWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private ReportJsonWriter() {}

  static String write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(Writers.prettyPrinter());
      body.write(g);
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static void table(JsonGenerator g, String field, TableRef t) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("id", t.id());
    g.writeStringField("version", t.version());
    g.writeStringField("fingerprint", t.fingerprint().value());
    g.writeEndObject();
  }

  static void budget(JsonGenerator g, String field, Budget b) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("currency", b.currency());
    money(g, "weekly", b.weekly());
    money(g, "annual", b.annual());
    g.writeEndObject();
  }

  static void money(JsonGenerator g, String field, BigDecimal v) throws IOException {
    g.writeFieldName(field);
    g.writeNumber(v.toPlainString());
  }

  static void points(JsonGenerator g, String field, BigDecimal v) throws IOException {
    Writers.number(g, field, v);
  }

  static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  static void optional(JsonGenerator g, String field, Optional<String> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(field, v.get());
    }
  }
}
