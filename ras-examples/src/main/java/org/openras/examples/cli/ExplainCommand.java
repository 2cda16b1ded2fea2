package org.openras.examples.cli;

import java.util.concurrent.Callable;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.explain.Statement;
import org.openras.explain.render.Renderer;
import org.openras.tables.StatementJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ras explain}: the statement for the person — how one assessment's budget was worked out,
 * question by question — as text, Markdown, a self-contained HTML page, or JSON. A thin shell over
 * {@link Statement#of} and {@link Renderer}.
 */
@Command(
    name = ExplainCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Writes the statement for the person: every answer with its code, words and points,",
      "each area's cap, weight and adjustments in words, how the points became money, and",
      "any moderation apart from the RAS figure."
    })
final class ExplainCommand implements Callable<Integer> {
  /** The subcommand's name, which {@link RasCommand} finds it by without reflection. */
  static final String NAME = "explain";

  /** The formats of the statement. */
  enum Format {
    text,
    md,
    html,
    json
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin AssessmentInputs inputs;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "The format: text, md, html or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @CommandLine.Mixin OutputOption output;

  @Override
  public Integer call() {
    Output.guard(Output.inputs(inputs.tables, inputs.assessment), output.output);
    RasEngine engine = inputs.engine();
    Assessment a = inputs.assessment();
    Result result = engine.calculate(a);
    Statement statement = Statement.of(engine.tableFor(a), result);
    String text =
        switch (format) {
          case text -> Renderer.text(statement);
          case md -> Renderer.markdown(statement);
          case html -> Renderer.html(statement);
          case json -> StatementJson.write(statement);
        };
    return Output.write(spec, output.output, text);
  }
}
