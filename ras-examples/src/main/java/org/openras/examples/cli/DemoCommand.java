package org.openras.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.explain.Statement;
import org.openras.explain.render.Renderer;
import org.openras.table.RasTable;
import org.openras.tables.RasJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ras demo}: the spec's worked example, explained in plain English. */
@Command(
    name = DemoCommand.NAME,
    mixinStandardHelpOptions = true,
    description = "Runs the spec's worked example and explains its budget in plain English.")
final class DemoCommand implements Callable<Integer> {
  /** The subcommand's name, which {@link RasCommand} finds it by without reflection. */
  static final String NAME = "demo";

  static final String TABLE = "/org/openras/examples/worked-table.json";
  static final String ASSESSMENT = "/org/openras/examples/worked-assessment.json";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    print(spec.commandLine().getOut());
    return RasCommand.DONE;
  }

  void print(PrintWriter out) {
    RasJson json = RasJson.standard();
    RasTable table;
    Assessment assessment;
    try (InputStream t = resource(TABLE);
        InputStream a = resource(ASSESSMENT)) {
      table = json.readTable(t, "worked-table.json (built in)");
      assessment = json.readAssessment(a, "worked-assessment.json (built in)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Result result = RasEngine.of(table).calculate(assessment);
    out.println("OpenRAS demo: the worked example of the RAS v1 specification (section 6).");
    out.println();
    out.print(Renderer.text(Statement.of(table, result)));
    out.flush();
  }

  /** {@return the built-in resource {@code name} (as {@link #TABLE}), which the jar must hold} */
  static InputStream resource(String name) {
    InputStream in = DemoCommand.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the jar lacks " + name);
    }
    return in;
  }
}
