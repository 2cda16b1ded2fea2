package org.openras.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openras.engine.RasEngine;
import org.openras.explain.ClaimedResult;
import org.openras.explain.Verification;
import org.openras.explain.VerificationReport;
import org.openras.tables.RasJson;
import org.openras.tables.VerificationJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ras verify}: recompute a result file and say whether it holds. */
@Command(
    name = VerifyCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Checks a ras-result/1 file against a fresh calculation.",
      "Recomputes the assessment with the tables, then compares the table",
      "fingerprint and every trace step and figure in order. Says \"verified\"",
      "(exit 0) or names the first step that differs, expected and found",
      "(exit 3)."
    })
final class VerifyCommand implements Callable<Integer> {
  /** The subcommand's name, which {@link RasCommand} finds it by without reflection. */
  static final String NAME = "verify";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--result",
      required = true,
      paramLabel = "FILE",
      description = "The ras-result/1 file to verify.")
  Path result;

  @CommandLine.Mixin AssessmentInputs inputs;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "The format: text (the default, one line), md, html or json.")
  WhatIfCommand.Format format;

  @CommandLine.Mixin OutputOption output;

  @Override
  public Integer call() {
    Output.guard(Output.inputs(result, inputs.tables, inputs.assessment), output.output);
    RasJson json = RasJson.standard();
    ClaimedResult claimed = json.readResult(result);
    RasEngine engine = inputs.engine();
    Verification v = Verification.of(engine, inputs.assessment(), claimed);
    Output.write(
        spec,
        output.output,
        format.render(
            () -> VerificationReport.sentence(v) + "\n",
            () -> VerificationReport.markdown(v),
            () -> VerificationReport.html(v),
            () -> VerificationJson.write(v)));
    return v.verified() ? RasCommand.DONE : RasCommand.NO;
  }
}
