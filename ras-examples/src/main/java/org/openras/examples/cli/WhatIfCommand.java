package org.openras.examples.cli;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.explain.WhatIf;
import org.openras.explain.WhatIfReport;
import org.openras.tables.WhatIfJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ras whatif}: the budget for every other coding of each answer. */
@Command(
    name = WhatIfCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Shows the budget for every other answer each question could have had.",
      "For a choose-all question: each answer added or taken away; for an",
      "optional question: answering it, or leaving it unanswered. Largest",
      "change first. Moderation is left out: the figures are the RAS's",
      "indicative budget."
    })
final class WhatIfCommand implements Callable<Integer> {
  /** The subcommand's name, which {@link RasCommand} finds it by without reflection. */
  static final String NAME = "whatif";

  /** The output formats of whatif, compare and verify. */
  enum Format {
    text,
    md,
    html,
    json;

    /** The output in this format. */
    String render(
        Supplier<String> text, Supplier<String> md, Supplier<String> html, Supplier<String> json) {
      return switch (this) {
        case text -> text.get();
        case md -> md.get();
        case html -> html.get();
        case json -> json.get();
      };
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin AssessmentInputs inputs;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "The format: text (the default), md, html or json.")
  Format format;

  @CommandLine.Mixin OutputOption output;

  @Override
  public Integer call() {
    Output.guard(Output.inputs(inputs.tables, inputs.assessment), output.output);
    RasEngine engine = inputs.engine();
    Assessment a = inputs.assessment();
    WhatIf w = WhatIf.of(engine, a);
    return Output.write(
        spec,
        output.output,
        format.render(
            () -> WhatIfReport.text(w),
            () -> WhatIfReport.markdown(w),
            () -> WhatIfReport.html(w),
            () -> WhatIfJson.write(w)));
  }
}
