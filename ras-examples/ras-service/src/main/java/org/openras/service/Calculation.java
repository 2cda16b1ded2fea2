package org.openras.service;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.engine.Tracing;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.tables.RasJson;

/**
 * The calculate endpoint's work apart from HTTP (read the assessment, calculate, write the result),
 * and a first run of it at start. Kept out of {@link Api}, a Jetty handler, so that the start can
 * run it before it has taken the server's parts (see {@link RasService#prepare}): nothing here
 * touches a Jetty class.
 */
final class Calculation {
  private Calculation() {}

  /**
   * Reads an assessment, calculates its budget and writes the result.
   *
   * @param json the reader and writer
   * @param engine the engine over the tables served
   * @param body the assessment's JSON
   * @param tracing whether the result carries its trace
   * @param form the reply's form (JSON)
   * @return the reply (200, the result)
   */
  static Api.Reply calculate(
      RasJson json, RasEngine engine, InputStream body, Tracing tracing, Api.Form form) {
    Assessment a = json.readAssessment(body, Api.BODY);
    Result r = engine.calculate(a, tracing);
    return Api.Reply.of(200, form, json.writeResult(r), r.table());
  }

  /**
   * Runs {@link #calculate} once, untraced, for an assessment made up for one of the tables served
   * (each required question answered with its first descriptor), so that the JVM has loaded and
   * initialised the classes of that path before a first request needs them. Nothing is recorded: no
   * metric, no log line. It never fails: an assessment the table refuses (a rule its first
   * descriptors break, a client group it needs) still goes through the reader and the engine's
   * checks, and the refusal is dropped.
   *
   * @param json the reader and writer the endpoint uses
   * @param tables the tables served
   * @return whether a result was written (false when the made-up assessment was refused)
   */
  static boolean warmUp(RasJson json, Tables.Snapshot tables) {
    try {
      Iterator<String> ids = tables.provider().tableIds().iterator();
      if (!ids.hasNext()) {
        return false;
      }
      String id = ids.next();
      RasTable table = tables.provider().versions(id).get(0);
      Assessment.Builder a =
          Assessment.builder().id("start-up").date(table.effectiveFrom()).table(id);
      for (Question q : table.questions()) {
        if (q.required() && !q.descriptors().isEmpty()) {
          a.answer(q.code(), q.descriptors().get(0).code());
        }
      }
      byte[] body = json.writeAssessment(a.build()).getBytes(StandardCharsets.UTF_8);
      Api.Reply reply =
          calculate(
              json, tables.engine(), new ByteArrayInputStream(body), Tracing.OFF, Api.Form.JSON);
      return reply.status == 200;
    } catch (RuntimeException e) {
      // a start-up run only: the first request reports its own problems
      return false;
    }
  }
}
