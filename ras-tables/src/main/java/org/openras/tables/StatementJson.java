package org.openras.tables;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openras.engine.Budget;
import org.openras.explain.Statement;
import org.openras.table.Fingerprint;

/**
 * The JSON form of a {@link Statement} ({@code ras-statement/1}, an OpenRAS format beside the
 * spec's three): {@code "format"} first, then every component of the statement's records under its
 * own name and in declaration order, so the JSON says exactly what the Java object says. Points and
 * percents are written in their shortest plain form, money of a budget at its rounded scale ({@code
 * 199.69}), other money exact ({@code 199.692}); an absent optional part is left out; dates are
 * ISO; the fingerprint is its {@code sha256:…} text. Two-space indentation, {@code \n} line ends.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StatementJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private StatementJson() {}

  /**
   * {@return the JSON of {@code statement}}
   *
   * @param statement the statement of one result for the person
   */
  public static String write(Statement statement) {
    requireNonNull(statement, "statement");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384);
    write(statement, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the JSON of {@code statement} to {@code out} as UTF-8; does not close it.
   *
   * @param statement the statement of one result for the person
   * @param out where the JSON goes
   */
  public static void write(Statement statement, OutputStream out) {
    requireNonNull(statement, "statement");
    requireNonNull(out, "out");
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(Writers.prettyPrinter());
      g.writeStartObject();
      g.writeStringField("format", Statement.FORMAT);
      fields(g, statement);
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void fields(JsonGenerator g, Record r) throws IOException {
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Object v = get(c, r);
      if (v instanceof Optional<?> o) {
        if (o.isEmpty()) {
          continue;
        }
        v = o.get();
      }
      g.writeFieldName(c.getName());
      value(g, v);
    }
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Budget b) {
      Writers.budget(g, b);
    } else if (v instanceof Fingerprint f) {
      g.writeString(f.value());
    } else if (v instanceof Record r) {
      g.writeStartObject();
      fields(g, r);
      g.writeEndObject();
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(Writers.shortest(d));
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Collection<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        value(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof Enum<?> e) {
      g.writeString(e.name());
    } else if (v instanceof String || v instanceof LocalDate) {
      g.writeString(v.toString());
    } else {
      throw new IllegalStateException("no JSON form for " + v.getClass().getName());
    }
  }

  private static Object get(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass(), e);
    }
  }
}
