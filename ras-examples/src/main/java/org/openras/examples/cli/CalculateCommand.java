package org.openras.examples.cli;

import java.util.concurrent.Callable;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.explain.Statement;
import org.openras.explain.render.Renderer;
import org.openras.tables.RasJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ras calculate}: one assessment through the engine, as ras-result/1 JSON or in words. */
@Command(
    name = CalculateCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Computes the indicative budget of one assessment and prints the ras-result/1 JSON,",
      "or with --explain the statement for the person in plain English (as ras explain)."
    })
final class CalculateCommand implements Callable<Integer> {
  /** The subcommand's name, which {@link RasCommand} finds it by without reflection. */
  static final String NAME = "calculate";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin AssessmentInputs inputs;

  @Option(
      names = "--explain",
      description = "Prints the statement in plain English instead of the result JSON.")
  boolean explain;

  @CommandLine.Mixin OutputOption output;

  @Override
  public Integer call() {
    Output.guard(Output.inputs(inputs.tables, inputs.assessment), output.output);
    RasJson json = RasJson.standard();
    RasEngine engine = inputs.engine();
    Assessment a = inputs.assessment();
    Result result = engine.calculate(a);
    String text =
        explain
            ? Renderer.text(Statement.of(engine.tableFor(a), result))
            : json.writeResult(result) + "\n";
    return Output.write(spec, output.output, text);
  }
}
